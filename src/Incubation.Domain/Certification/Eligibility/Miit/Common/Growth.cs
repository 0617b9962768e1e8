namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// The growth rates of the MIIT rules. The reposts give no rule for a zero base (unlike the HTE rules), so a zero
/// base makes the rate undefined and the criterion goes to review.
/// </summary>
internal static class Growth
{
    /// <summary>上年度增长率: r1 / r2 − 1, with r1 = Y-1, r2 = Y-2.</summary>
    public static Figure OneYear(Figure r1, Figure r2) =>
        Figure.Combine([r1, r2], v => v[1] == 0 ? null : v[0] / v[1] - 1);

    /// <summary>
    /// 近2年平均增长率, read as the mean of the two yearly rates (the reposts give no formula; this is how the
    /// provincial scoring forms compute it): ((r1 / r2 − 1) + (r2 / r3 − 1)) / 2, with r1..r3 = Y-1..Y-3.
    /// </summary>
    public static Figure TwoYearAverage(Figure r1, Figure r2, Figure r3) =>
        Figure.Combine([r1, r2, r3], v => v[1] == 0 || v[2] == 0 ? null : ((v[0] / v[1] - 1) + (v[1] / v[2] - 1)) / 2);

    /// <summary>Y-1 revenue needed for the one-year rate to reach <paramref name="rate"/>: r2 × (1 + rate).</summary>
    public static decimal OneYearTarget(decimal rate, decimal r2) => r2 * (1 + rate);

    /// <summary>Y-1 revenue needed for the two-year average to reach <paramref name="rate"/>: r2 × (2 × rate − (r2 / r3 − 1) + 1).</summary>
    public static decimal TwoYearAverageTarget(decimal rate, decimal r2, decimal r3) => r2 * (2 * rate - (r2 / r3 - 1) + 1);

    /// <summary>
    /// 近两年复合增长率 (2026 小巨人), read on operating revenue from Y-3 to Y-1, two steps: √(r1 / r3) − 1.
    /// </summary>
    public static Figure TwoYearCompound(Figure r1, Figure r3) =>
        Figure.Combine([r1, r3], v => v[1] == 0 || v[0] < 0 ? null : Sqrt(v[0] / v[1]) - 1);

    /// <summary>Y-1 revenue needed for the compound rate to reach <paramref name="rate"/>: r3 × (1 + rate)².</summary>
    public static decimal TwoYearCompoundTarget(decimal rate, decimal r3) => r3 * (1 + rate) * (1 + rate);

    /// <summary>Square root in decimal (Newton's method from the double estimate), exact where the root is.</summary>
    private static decimal Sqrt(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 5; i++)
        {
            x = (x + value / x) / 2;
        }

        return x;
    }
}
