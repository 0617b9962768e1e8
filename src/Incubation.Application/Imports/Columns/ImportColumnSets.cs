using Incubation.Certification;
using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>The columns of each kind's template, in order; limits come from the modules' own constants.</summary>
public static class ImportColumnSets
{
    public static readonly ImportColumn CreditCode = new("unifiedSocialCreditCode", "Enterprise:UnifiedSocialCreditCode", ImportValueType.CreditCode,
        ImportRequirement.Required) { Example = "91520103MA6DKQ5X1" + UnifiedSocialCreditCode.ComputeCheckCharacter("91520103MA6DKQ5X1") };

    public static class Enterprises
    {
        public static readonly ImportColumn Name = new("name", "Enterprise:Name", ImportValueType.Text, ImportRequirement.RequiredForNew)
            { MaxLength = EnterpriseConsts.MaxNameLength, Example = "贵阳云岩星辰科技有限公司" };

        public static readonly ImportColumn SubDistrict = new("subDistrictCode", "Enterprise:SubDistrict", ImportValueType.SubDistrict, ImportRequirement.RequiredForNew)
            { Example = "大营路街道" };

        public static readonly ImportColumn IndustryField = new("industryFieldCode", "Enterprise:IndustryField", ImportValueType.TechField, ImportRequirement.RequiredForNew)
            { Example = "10101" };

        public static readonly ImportColumn Incubator = new("incubatorId", "Enterprise:Incubator", ImportValueType.Incubator);

        public static readonly ImportColumn LegalRepresentative = new("legalRepresentative", "Enterprise:LegalRepresentative", ImportValueType.Text)
            { MaxLength = EnterpriseConsts.MaxLegalRepresentativeLength, Example = "张三" };

        public static readonly ImportColumn EstablishedOn = new("establishedOn", "Enterprise:EstablishedOn", ImportValueType.Date) { Example = "2019-05-20" };

        public static readonly ImportColumn RegisteredCapital = new("registeredCapital", "Enterprise:RegisteredCapital", ImportValueType.Number)
            { Max = EnterpriseConsts.MaxRegisteredCapital, Example = "500" };

        public static readonly ImportColumn Address = new("address", "Enterprise:Address", ImportValueType.Text) { MaxLength = EnterpriseConsts.MaxAddressLength };

        public static readonly ImportColumn IsAboveScale = new("isAboveScale", "Enterprise:IsAboveScale", ImportValueType.Flag) { Example = "否" };

        public static readonly ImportColumn IsSciTechService = new("isSciTechService", "Enterprise:IsSciTechService", ImportValueType.Flag) { Example = "是" };

        public static readonly ImportColumn Tags = new("tags", "Enterprise:Tags", ImportValueType.Tags) { MaxLength = EnterpriseConsts.MaxTagLength, Example = "软件、信创" };

        public static readonly IReadOnlyList<ImportColumn> All =
            [CreditCode, Name, SubDistrict, IndustryField, Incubator, LegalRepresentative, EstablishedOn, RegisteredCapital, Address, IsAboveScale, IsSciTechService, Tags];
    }

    public static class YearlyData
    {
        public static readonly ImportColumn FiscalYear = new("fiscalYear", "YearlyData:FiscalYear", ImportValueType.WholeNumber, ImportRequirement.Required)
            { Min = YearlyDataConsts.MinFiscalYear, Max = 9999, Example = "2025" };

        /// <summary>The figures, by the yearly-data form's field names; their rules are the form's validator's.</summary>
        public static readonly IReadOnlyList<ImportColumn> Figures =
        [
            Amount("salesRevenue"), Amount("totalIncome"), Amount("highTechIncome"), Amount("rdExpense"), Amount("domesticRdExpense"),
            Amount("costAndExpenseTotal"), Amount("operatingRevenue"), Amount("mainBusinessRevenue"), Amount("netProfit"), Amount("netAssets"),
            Amount("totalAssets"), Amount("totalLiabilities"), Count("employees"), Count("techStaff"), Count("rdStaff"), Count("ipClass1Count"),
            Count("ipClass1SelfDevelopedCount"), Count("ipClass2Count"), Count("conversions"), Amount("newEquityFinancing"),
        ];

        public static readonly IReadOnlyList<ImportColumn> All = [CreditCode, FiscalYear, .. Figures];

        // Bounds are the validator's (negative net profit allowed there); here only "is it a number".
        private static ImportColumn Amount(string field) =>
            new(field, "YearlyData:" + char.ToUpperInvariant(field[0]) + field[1..], ImportValueType.Number)
                { Min = decimal.MinValue, Scale = 28, Example = "12500000.00" };

        private static ImportColumn Count(string field) =>
            new(field, "YearlyData:" + char.ToUpperInvariant(field[0]) + field[1..], ImportValueType.WholeNumber)
                { Min = int.MinValue, Max = int.MaxValue, Example = "35" };
    }

    public static class Qualifications
    {
        public static readonly ImportColumn Kind = new("kind", "Qualification:Kind", ImportValueType.QualificationKind, ImportRequirement.Required)
            { Example = "高新技术企业" };

        public static readonly ImportColumn CertificateNumber = new("certificateNumber", "Qualification:CertificateNumber", ImportValueType.Text, ImportRequirement.Required)
            { MaxLength = QualificationConsts.MaxCertificateNumberLength, Example = "GR202552000123" };

        public static readonly ImportColumn IssuedOn = new("issuedOn", "Qualification:IssuedOn", ImportValueType.Date, ImportRequirement.Required) { Example = "2025-11-28" };

        public static readonly ImportColumn ExpiresOn = new("expiresOn", "Qualification:ExpiresOn", ImportValueType.Date) { HintKey = "Import:Hint.ExpiresOn" };

        public static readonly ImportColumn IssuingBody = new("issuingBody", "Qualification:IssuingBody", ImportValueType.Text)
            { MaxLength = QualificationConsts.MaxIssuingBodyLength, Example = "贵州省科学技术厅" };

        public static readonly IReadOnlyList<ImportColumn> All = [CreditCode, Kind, CertificateNumber, IssuedOn, ExpiresOn, IssuingBody];
    }

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => Enterprises.All,
        ImportKind.YearlyData => YearlyData.All,
        ImportKind.Qualifications => Qualifications.All,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
