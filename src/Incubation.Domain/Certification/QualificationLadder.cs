namespace Incubation.Certification;

/// <summary>An enterprise's rung on one ladder on a date, and until when that rung holds.</summary>
public sealed record Rung<T>(T Value, DateOnly? ValidUntil)
    where T : struct, Enum;

public sealed record LadderPosition(DateOnly AsOf, Rung<ScienceRung> Science, Rung<MiitRung> Miit);

/// <summary>
/// Derives both ladders from the qualifications valid on a date: the highest valid rung wins on each ladder
/// (科技型中小企业 → 高新技术企业; 创新型中小企业 → 专精特新中小企业 → 专精特新"小巨人"). Pure: no clock, no database.
/// </summary>
public static class QualificationLadder
{
    public static LadderPosition Evaluate(IEnumerable<Qualification> qualifications, DateOnly asOf)
    {
        var valid = qualifications.Where(q => q.IsValidOn(asOf)).ToList();
        return new LadderPosition(
            asOf,
            Highest(valid, ScienceRungOf, ScienceRung.None),
            Highest(valid, MiitRungOf, MiitRung.None));
    }

    private static Rung<T> Highest<T>(List<Qualification> valid, Func<QualificationKind, T?> rungOf, T none)
        where T : struct, Enum
    {
        var best = valid
            .Select(q => (Rung: rungOf(q.Kind), q.ExpiresOn))
            .Where(x => x.Rung is not null)
            .OrderByDescending(x => Convert.ToInt32(x.Rung!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ThenByDescending(x => x.ExpiresOn)
            .FirstOrDefault();
        return best.Rung is { } rung ? new Rung<T>(rung, best.ExpiresOn) : new Rung<T>(none, null);
    }

    private static ScienceRung? ScienceRungOf(QualificationKind kind) => kind switch
    {
        QualificationKind.TechSme => ScienceRung.TechSme,
        QualificationKind.HighTech => ScienceRung.HighTech,
        _ => null,
    };

    private static MiitRung? MiitRungOf(QualificationKind kind) => kind switch
    {
        QualificationKind.InnovativeSme => MiitRung.InnovativeSme,
        QualificationKind.SrdiSme => MiitRung.SrdiSme,
        QualificationKind.LittleGiant => MiitRung.LittleGiant,
        _ => null,
    };
}
