namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Measures and the gaps the MIIT criteria report, each in the unit a manager can act on. Money and head-count gaps
/// round up, so adding the gap is enough to pass.
/// </summary>
internal static class MiitMeasures
{
    public static Measure Yuan(decimal value) => new(value, MeasureUnit.Yuan);

    public static Measure Ratio(decimal value) => new(value, MeasureUnit.Ratio);

    public static Measure Points(decimal value) => new(value, MeasureUnit.Points);

    public static Measure Years(decimal value) => new(value, MeasureUnit.Years);

    public static Measure Count(decimal value) => new(value, MeasureUnit.Count);

    /// <summary>A yuan gap, or null when nothing is missing.</summary>
    public static Measure? YuanGap(decimal shortfall) => shortfall > 0 ? Yuan(Math.Ceiling(shortfall)) : null;

    /// <summary>More R&amp;D (yuan) for rd / revenue to reach the ratio.</summary>
    public static Measure? RdForRatio(decimal ratio, decimal rd, decimal revenue) => YuanGap(ratio * revenue - rd);

    /// <summary>
    /// More main-business revenue (yuan) for main / operating revenue to reach the share, the other revenue unchanged:
    /// m' / (m' + other) ≥ r  ⇔  m' ≥ r × other / (1 − r).
    /// </summary>
    public static Measure? MainRevenueForShare(decimal share, decimal main, decimal operating) =>
        share >= 1 ? null : YuanGap(share * (operating - main) / (1 - share) - main);

    /// <summary>
    /// Liabilities (yuan) to clear for liabilities / assets to fall to the limit at unchanged total assets
    /// (as when debt is converted to equity): l − r × a.
    /// </summary>
    public static Measure? LiabilitiesForDebtRatio(decimal limit, decimal liabilities, decimal assets) =>
        YuanGap(liabilities - limit * assets);

    /// <summary>
    /// R&amp;D staff to hire for staff / employees to reach the ratio; a hire adds to both:
    /// (s + x) / (e + x) ≥ r  ⇔  x ≥ (r × e − s) / (1 − r).
    /// </summary>
    public static Measure? StaffForRatio(decimal ratio, decimal staff, decimal employees)
    {
        var hires = ratio >= 1 ? 0 : (ratio * employees - staff) / (1 - ratio);
        return hires > 0 ? Count(Math.Ceiling(hires)) : null;
    }
}
