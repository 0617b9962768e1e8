namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Builds the MIIT conditions from figures: a missing figure gives the generic "missing facts" result, an undefined
/// one (a zero base) goes to experts, a known one is compared with its threshold and reports its gap.
/// </summary>
internal static class MiitCriteria
{
    public static readonly IReadOnlyDictionary<string, Measure> NoDetails = new Dictionary<string, Measure>();

    public static CriterionResult AtLeast(
        Threshold threshold, Figure actual, MeasureUnit unit,
        Func<Measure?>? gap = null, IReadOnlyDictionary<string, Measure>? details = null) =>
        Open(threshold.Code, threshold.Source, actual, details)
        ?? Finish(Criteria.AtLeast(threshold.Code, threshold.Source, actual.Known, threshold.Value, unit), gap, details);

    public static CriterionResult AtMost(
        Threshold threshold, Figure actual, MeasureUnit unit,
        Func<Measure?>? gap = null, IReadOnlyDictionary<string, Measure>? details = null) =>
        Open(threshold.Code, threshold.Source, actual, details)
        ?? Finish(Criteria.AtMost(threshold.Code, threshold.Source, actual.Known, threshold.Value, unit), gap, details);

    /// <summary>A sum of amounts that cannot be negative reaches the threshold; the known part alone may suffice.</summary>
    public static CriterionResult SumAtLeast(Threshold threshold, PartialSum sum, IReadOnlyDictionary<string, Measure>? details = null)
    {
        if (!sum.IsComplete && sum.KnownTotal < threshold.Value)
        {
            return Criteria.Missing(threshold.Code, threshold.Source, [.. sum.Missing]) with { Details = details ?? NoDetails };
        }

        return Finish(Criteria.AtLeast(threshold.Code, threshold.Source, sum.KnownTotal, threshold.Value, MeasureUnit.Yuan), null, details);
    }

    public static CriterionResult Flag(string code, string source, bool value) => Criteria.Flag(code, source, value);

    /// <summary>A flag read from a fact that may be unknown.</summary>
    public static CriterionResult Flag(string code, string source, bool? value, string factName) =>
        value is { } known ? Criteria.Flag(code, source, known) : Criteria.Missing(code, source, factName);

    /// <summary>
    /// An alternative the engine holds no fact for (a science award, a contest ranking, an honour): open, so the
    /// verdict stays in review rather than failing silently; its own sentence says what would settle it.
    /// </summary>
    public static CriterionResult Unrecorded(string code, string source) => new()
    {
        Code = code,
        Passed = null,
        Source = source,
        MessageKey = Criteria.KeyOf(code),
    };

    /// <summary>Information only: does not take part in the verdict.</summary>
    public static CriterionResult Note(string code, string source) => Unrecorded(code, source) with { IsCondition = false };

    public static CriterionResult Expert(ExpertItem item) => Criteria.ExpertJudgement(item.Code, item.Source);

    /// <summary>A scored item experts judge: its whole range of points.</summary>
    public static CriterionResult ExpertPoints(ExpertItem item) =>
        Criteria.ExpertJudgement(item.Code, item.Source, new PointsRange(item.MinPoints, item.MaxPoints, item.MaxPoints))
            with { IsCondition = false };

    /// <summary>
    /// A points total (the score or one of its groups) against its minimum: passed when even the lowest estimate
    /// reaches it, failed when even the highest does not. The gap is what the lowest (or, when failed, the highest)
    /// estimate lacks. Details: scoreMax.
    /// </summary>
    public static CriterionResult PointsAtLeast(string code, string source, ScoreSummary score)
    {
        var passed = Verdicts.ScorePasses(score);
        var shortfall = passed switch
        {
            true => 0m,
            false => score.PassMark - score.Max,
            null => score.PassMark - score.Min,
        };
        return new CriterionResult
        {
            Code = code,
            Passed = passed,
            Actual = MiitMeasures.Points(score.Min),
            Required = MiitMeasures.Points(score.PassMark),
            Gap = shortfall > 0 ? MiitMeasures.Points(shortfall) : null,
            Source = source,
            MessageKey = Criteria.KeyOf(code),
            Details = new Dictionary<string, Measure> { ["scoreMax"] = MiitMeasures.Points(score.Max) },
        };
    }

    private static CriterionResult? Open(string code, string source, Figure actual, IReadOnlyDictionary<string, Measure>? details)
    {
        if (actual.Missing.Count > 0)
        {
            return Criteria.Missing(code, source, [.. actual.Missing]) with { Details = details ?? NoDetails };
        }

        return actual.IsUndefined ? Criteria.ExpertJudgement(code, source) with { Details = details ?? NoDetails } : null;
    }

    private static CriterionResult Finish(CriterionResult result, Func<Measure?>? gap, IReadOnlyDictionary<string, Measure>? details) =>
        result with
        {
            Gap = result.Passed == true ? null : gap is null ? result.Gap : gap(),
            Details = details ?? result.Details,
        };
}
