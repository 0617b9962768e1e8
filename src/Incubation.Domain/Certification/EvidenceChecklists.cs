using System.Collections.Frozen;

namespace Incubation.Certification;

/// <summary>
/// The materials each kind's application needs (domain-rules §1–§4 and the provincial notices), as item codes whose
/// names are localised ("Evidence:{code}"). A new application starts with every item missing.
/// </summary>
public static class EvidenceChecklists
{
    private static readonly FrozenDictionary<QualificationKind, string[]> Items = new Dictionary<QualificationKind, string[]>
    {
        // 高企: IP certificates, the special audits of R&D expense (近三年) and of high-tech income (近一年), staff, statements.
        [QualificationKind.HighTech] =
        [
            "IpCertificates", "RdExpenseAudit", "HighTechIncomeAudit", "FinancialStatements", "TechStaffList",
            "RdProjects", "ConversionEvidence", "RdManagementSystems", "NoIncidentDeclaration",
        ],
        [QualificationKind.TechSme] = ["FinancialStatements", "TaxReturn", "TechStaffList", "IpCertificates"],
        [QualificationKind.InnovativeSme] = ["FinancialStatements", "IpCertificates", "RdExpenseAudit", "HonoursAndAwards"],
        [QualificationKind.SrdiSme] =
        [
            "FinancialStatements", "IpCertificates", "RdExpenseAudit", "SegmentMarketEvidence", "QualityCertifications",
            "DigitalisationAssessment",
        ],
        [QualificationKind.LittleGiant] =
        [
            "FinancialStatements", "IpCertificates", "RdExpenseAudit", "SegmentMarketEvidence", "MarketShareEvidence",
            "QualityCertifications", "RdInstitutionEvidence", "IndustrialChainStatement",
        ],
    }.ToFrozenDictionary();

    public static IReadOnlyList<string> For(QualificationKind kind) => Items[kind];
}
