namespace Incubation.Certification;

public static class QualificationConsts
{
    public const int MaxCertificateNumberLength = 64;
    public const int MaxSourceLength = 128;
    public const int MaxIssuingBodyLength = 128;
    public const int MaxDocuments = 10;

    /// <summary>高企 and the MIIT titles are valid three years from issue (domain-rules §1.6, DESIGN.md).</summary>
    public const int ThreeYearTitles = 3;

    /// <summary>
    /// The 科技型中小企业 registration number is valid for its evaluation year only; its end date differs between
    /// sources (domain-rules §2.4), so it is a setting: month and day, default 12-31 of the issue year.
    /// </summary>
    public const string TechSmeValidUntilSetting = "Certification:TechSmeValidUntil";
    public const string DefaultTechSmeValidUntil = "12-31";
}
