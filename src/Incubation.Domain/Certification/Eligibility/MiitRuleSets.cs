using Incubation.Certification.Eligibility.Miit;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// The MIIT gradient's rule sets (创新型 / 专精特新 / 小巨人), under the 2022 and the 2026 measures (domain-rules §0,
/// §3, §4). Per kind the periods are contiguous: SME-GRAD-2022 from <see cref="EarliestDate"/> to 2026-03-31,
/// SME-GRAD-2026 from 2026-04-01, open.
/// </summary>
public static class MiitRuleSets
{
    /// <summary>
    /// The day 工信部企业〔2022〕63号 was issued. There is no MIIT rule set before it: the engine refuses earlier dates
    /// (no rule set in force), so callers validate asOf ≥ this date for the MIIT kinds.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(2022, 6, 1);

    /// <summary>The first day of 工信部企业〔2026〕2号.</summary>
    public static readonly DateOnly Measures2026From = new(2026, 4, 1);

    public const string Measures2022Id = "SME-GRAD-2022";
    public const string Measures2026Id = "SME-GRAD-2026";

    private const string Documents2022 = "工信部企业〔2022〕63号";
    private const string Documents2026 = "工信部企业〔2026〕2号";

    public static IReadOnlyList<IEligibilityRuleSet> All { get; } =
    [
        new InnovativeSmeRuleSet(Info2022(QualificationKind.InnovativeSme), provisional: false),
        new SrdiSme2022RuleSet(Info2022(QualificationKind.SrdiSme)),
        new LittleGiant2022RuleSet(Info2022(QualificationKind.LittleGiant)),

        // 科技和创新型中小企业: its national standard is not published; the 2022 创新型 score is kept, as Guangdong does,
        // in a rule set of its own so the provisional standard shows in every assessment's snapshot.
        new InnovativeSmeRuleSet(Info2026(QualificationKind.InnovativeSme) with { Version = "2026.1-provisional" }, provisional: true),
        new SrdiSme2026RuleSet(Info2026(QualificationKind.SrdiSme)),
        new LittleGiant2026RuleSet(Info2026(QualificationKind.LittleGiant)),
    ];

    private static RuleSetInfo Info2022(QualificationKind kind) =>
        new(Measures2022Id, kind, "2022.1", Documents2022, EarliestDate, Measures2026From.AddDays(-1));

    private static RuleSetInfo Info2026(QualificationKind kind) =>
        new(Measures2026Id, kind, "2026.1", Documents2026, Measures2026From, null);
}
