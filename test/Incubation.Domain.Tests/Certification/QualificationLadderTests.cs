namespace Incubation.Certification;

public class QualificationLadderTests
{
    private static readonly Guid Enterprise = Guid.NewGuid();

    private static Qualification Q(QualificationKind kind, string issued, string? expires = null)
    {
        var issuedOn = DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture);
        var expiresOn = expires is null
            ? QualificationValidity.DefaultExpiry(kind, issuedOn, QualificationConsts.DefaultTechSmeValidUntil)
            : DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        return new Qualification(Enterprise, kind, "No." + kind, issuedOn, expiresOn, "test");
    }

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Should_be_on_no_rung_without_qualifications()
    {
        var position = QualificationLadder.Evaluate([], D("2026-06-01"));
        Assert.Equal(ScienceRung.None, position.Science.Value);
        Assert.Equal(MiitRung.None, position.Miit.Value);
        Assert.Null(position.Science.ValidUntil);
    }

    [Fact]
    public void Should_expire_a_high_tech_certificate_the_day_before_its_third_anniversary()
    {
        var certificate = Q(QualificationKind.HighTech, "2023-11-20");
        Assert.Equal(D("2026-11-19"), certificate.ExpiresOn);
        Assert.Equal(ScienceRung.HighTech, QualificationLadder.Evaluate([certificate], D("2026-11-19")).Science.Value);
        Assert.Equal(ScienceRung.None, QualificationLadder.Evaluate([certificate], D("2026-11-20")).Science.Value);
        Assert.Equal(ScienceRung.None, QualificationLadder.Evaluate([certificate], D("2023-11-19")).Science.Value);
    }

    [Fact]
    public void Should_end_a_tech_sme_registration_with_its_evaluation_year()
    {
        var registration = Q(QualificationKind.TechSme, "2026-05-10");
        Assert.Equal(D("2026-12-31"), registration.ExpiresOn);
        Assert.Equal(D("2027-03-31"), QualificationValidity.DefaultExpiry(QualificationKind.TechSme, D("2026-05-10"), "03-31"));
    }

    [Fact]
    public void Should_take_the_highest_valid_rung_on_each_ladder()
    {
        var qualifications = new[]
        {
            Q(QualificationKind.TechSme, "2026-04-01"),
            Q(QualificationKind.HighTech, "2025-12-01"),
            Q(QualificationKind.InnovativeSme, "2024-06-01"),
            Q(QualificationKind.SrdiSme, "2025-01-15"),
        };
        var position = QualificationLadder.Evaluate(qualifications, D("2026-06-01"));
        Assert.Equal(ScienceRung.HighTech, position.Science.Value);
        Assert.Equal(D("2028-11-30"), position.Science.ValidUntil);
        Assert.Equal(MiitRung.SrdiSme, position.Miit.Value);
        Assert.Equal(D("2028-01-14"), position.Miit.ValidUntil);
    }

    [Fact]
    public void Should_fall_back_to_the_lower_rung_when_the_higher_one_expires()
    {
        var qualifications = new[]
        {
            Q(QualificationKind.HighTech, "2023-03-01"),
            Q(QualificationKind.TechSme, "2026-02-01"),
        };
        Assert.Equal(ScienceRung.HighTech, QualificationLadder.Evaluate(qualifications, D("2026-02-28")).Science.Value);
        Assert.Equal(ScienceRung.TechSme, QualificationLadder.Evaluate(qualifications, D("2026-03-01")).Science.Value);
    }

    [Fact]
    public void Should_refuse_an_expiry_before_the_issue_date() =>
        Assert.Throws<ArgumentException>(() => new Qualification(Enterprise, QualificationKind.HighTech, "x", D("2026-01-02"), D("2026-01-01"), "test"));
}
