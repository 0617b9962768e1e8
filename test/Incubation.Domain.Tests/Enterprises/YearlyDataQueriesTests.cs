namespace Incubation.Enterprises;

public class YearlyDataQueriesTests
{
    private static readonly Guid EnterpriseId = Guid.NewGuid();

    private static YearlyData Year(int fiscalYear, YearlyDataStatus status, DateTime verifiedOn, Guid? enterpriseId = null)
    {
        var data = new YearlyData(Guid.NewGuid(), enterpriseId ?? EnterpriseId, fiscalYear, new YearlyFigures { RdExpense = fiscalYear }, DataProvenance.EnteredByOfficer, DateTime.UnixEpoch);
        var actor = new YearlyDataActor(null, "admin", verifiedOn);
        if (status is YearlyDataStatus.Draft)
        {
            return data;
        }

        data.Submit(actor);
        if (status is YearlyDataStatus.Verified)
        {
            data.Verify(actor);
        }

        return data;
    }

    private static DateTime On(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_pick_the_latest_verified_year_and_ignore_drafts_and_submissions()
    {
        var rows = new[]
        {
            Year(2022, YearlyDataStatus.Verified, On(2023, 5, 1)),
            Year(2023, YearlyDataStatus.Verified, On(2024, 5, 1)),
            Year(2024, YearlyDataStatus.Submitted, On(2025, 5, 1)),
            Year(2025, YearlyDataStatus.Draft, On(2025, 6, 1)),
        }.AsQueryable();

        Assert.Equal(2023, Assert.Single(rows.LatestVerified(new DateOnly(2025, 6, 30))).FiscalYear);
    }

    [Fact]
    public void Should_not_count_a_verification_made_after_the_date()
    {
        var rows = new[]
        {
            Year(2022, YearlyDataStatus.Verified, On(2023, 5, 1)),
            Year(2023, YearlyDataStatus.Verified, On(2024, 5, 2)),
        }.AsQueryable();

        Assert.Equal(2022, Assert.Single(rows.LatestVerified(new DateOnly(2024, 5, 1))).FiscalYear);
        Assert.Equal(2023, Assert.Single(rows.LatestVerified(new DateOnly(2024, 5, 2))).FiscalYear);
    }

    [Fact]
    public void Should_answer_one_row_per_enterprise()
    {
        var other = Guid.NewGuid();
        var rows = new[]
        {
            Year(2022, YearlyDataStatus.Verified, On(2023, 5, 1)),
            Year(2023, YearlyDataStatus.Verified, On(2024, 5, 1)),
            Year(2021, YearlyDataStatus.Verified, On(2022, 5, 1), other),
        }.AsQueryable();

        var latest = rows.LatestVerified(new DateOnly(2025, 1, 1)).ToDictionary(y => y.EnterpriseId, y => y.FiscalYear);
        Assert.Equal(2023, latest[EnterpriseId]);
        Assert.Equal(2021, latest[other]);
    }

    [Fact]
    public void Should_leave_out_a_reopened_year()
    {
        var reopened = Year(2023, YearlyDataStatus.Verified, On(2024, 5, 1));
        reopened.Reopen(new YearlyDataActor(null, "admin", On(2024, 6, 1)));
        var rows = new[] { Year(2022, YearlyDataStatus.Verified, On(2023, 5, 1)), reopened }.AsQueryable();

        Assert.Equal(2022, Assert.Single(rows.LatestVerified(new DateOnly(2025, 1, 1))).FiscalYear);
    }
}
