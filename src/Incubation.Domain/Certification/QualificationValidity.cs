using System.Globalization;

namespace Incubation.Certification;

/// <summary>When a qualification expires if the certificate does not say: the rules' default validity.</summary>
public static class QualificationValidity
{
    /// <param name="techSmeValidUntil">"MM-dd": the end of the 科技型中小企业 evaluation year (a setting).</param>
    public static DateOnly DefaultExpiry(QualificationKind kind, DateOnly issuedOn, string techSmeValidUntil)
    {
        if (kind != QualificationKind.TechSme)
        {
            // Three years from issue: the last valid day is the day before the third anniversary.
            return issuedOn.AddYears(QualificationConsts.ThreeYearTitles).AddDays(-1);
        }

        var monthDay = DateOnly.ParseExact("2000-" + techSmeValidUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = new DateOnly(issuedOn.Year, monthDay.Month, monthDay.Day);
        return end >= issuedOn ? end : end.AddYears(1);
    }
}
