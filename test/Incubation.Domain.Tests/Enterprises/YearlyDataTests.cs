namespace Incubation.Enterprises;

public class YearlyDataTests
{
    private static readonly YearlyFigures Figures = new() { RdExpense = 1_200_000m, DomesticRdExpense = 1_000_000m, Employees = 40, NetProfit = -5_000m };
    private static readonly YearlyDataActor Officer = new(Guid.NewGuid(), "manager", new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc));
    private static readonly YearlyDataActor Bureau = new(Guid.NewGuid(), "admin", new DateTime(2025, 3, 2, 8, 0, 0, DateTimeKind.Utc));

    private static YearlyData NewDraft() => new(Guid.NewGuid(), Guid.NewGuid(), 2024, Figures, DataProvenance.SelfReported, Officer.Time);

    private static YearlyData Submitted()
    {
        var data = NewDraft();
        data.Submit(Officer);
        return data;
    }

    private static YearlyData Verified()
    {
        var data = Submitted();
        data.Verify(Bureau);
        return data;
    }

    private static string CodeOf(Action action) => Assert.ThrowsAny<BusinessException>(action).Code;

    [Fact]
    public void Should_start_as_a_draft_with_its_figures_and_no_history()
    {
        var data = NewDraft();
        Assert.Equal(YearlyDataStatus.Draft, data.Status);
        Assert.Equal(DataProvenance.SelfReported, data.Provenance);
        Assert.Equal(Figures, data.GetFigures());
        Assert.Null(data.TotalIncome);
        Assert.Empty(data.Revisions);
    }

    [Fact]
    public void Should_replace_the_figures_of_a_draft()
    {
        var data = NewDraft();
        data.UpdateDraft(Figures with { TotalIncome = 9m }, DataProvenance.EnteredByOfficer, Officer.Time);
        Assert.Equal(9m, data.TotalIncome);
        Assert.Equal(DataProvenance.EnteredByOfficer, data.Provenance);
        Assert.Empty(data.Revisions);
    }

    [Fact]
    public void Should_submit_a_draft_and_write_a_revision_with_the_figures()
    {
        var data = Submitted();
        Assert.Equal(YearlyDataStatus.Submitted, data.Status);
        Assert.Equal(Officer.Time, data.SubmittedAt);
        Assert.Equal(Officer.UserId, data.SubmittedById);
        var revision = Assert.Single(data.Revisions);
        Assert.Equal(YearlyDataStatus.Submitted, revision.Status);
        Assert.Equal("manager", revision.UserName);
        Assert.Equal(Figures, revision.GetFigures());
        Assert.Contains("\"domesticRdExpense\":1000000", revision.FiguresJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_submit_twice() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotDraft, CodeOf(() => Submitted().Submit(Officer)));

    [Fact]
    public void Should_refuse_to_edit_a_submitted_year() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotEditable, CodeOf(() => Submitted().UpdateDraft(Figures, DataProvenance.EnteredByOfficer, Officer.Time)));

    [Fact]
    public void Should_refuse_to_edit_a_verified_year() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotEditable, CodeOf(() => Verified().UpdateDraft(Figures, DataProvenance.EnteredByOfficer, Officer.Time)));

    [Fact]
    public void Should_verify_a_submitted_year_as_the_bureaus()
    {
        var data = Verified();
        Assert.Equal(YearlyDataStatus.Verified, data.Status);
        Assert.Equal(DataProvenance.VerifiedByBureau, data.Provenance);
        Assert.Equal(Bureau.Time, data.VerifiedAt);
        Assert.Equal(Bureau.UserId, data.VerifiedById);
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Verified], data.Revisions.Select(r => r.Status));
    }

    [Fact]
    public void Should_refuse_to_verify_a_draft() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotSubmitted, CodeOf(() => NewDraft().Verify(Bureau)));

    [Fact]
    public void Should_refuse_to_verify_twice() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotSubmitted, CodeOf(() => Verified().Verify(Bureau)));

    [Fact]
    public void Should_return_a_submitted_year_with_the_reason()
    {
        var data = Submitted();
        data.Return("  R&D expense does not match the tax filing  ", Bureau);
        Assert.Equal(YearlyDataStatus.Returned, data.Status);
        Assert.Equal("R&D expense does not match the tax filing", data.ReturnComment);
        var revision = data.Revisions[^1];
        Assert.Equal(YearlyDataStatus.Returned, revision.Status);
        Assert.Equal("R&D expense does not match the tax filing", revision.Comment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_refuse_to_return_without_a_comment(string? comment)
    {
        var data = Submitted();
        var error = Assert.ThrowsAny<BusinessException>(() => data.Return(comment, Bureau));
        Assert.Equal(IncubationErrorCodes.YearlyDataReturnCommentRequired, error.Code);
        Assert.Equal("comment", error.Field);
        Assert.Equal(YearlyDataStatus.Submitted, data.Status);
        Assert.Single(data.Revisions);
    }

    [Fact]
    public void Should_refuse_to_return_a_draft() =>
        Assert.Equal(IncubationErrorCodes.YearlyDataNotSubmitted, CodeOf(() => NewDraft().Return("why", Bureau)));

    [Fact]
    public void Should_turn_a_returned_year_back_into_a_draft_when_edited_then_clear_the_reason_on_submit()
    {
        var data = Submitted();
        data.Return("wrong employees", Bureau);
        Assert.Equal(IncubationErrorCodes.YearlyDataNotDraft, CodeOf(() => data.Submit(Officer)));

        data.UpdateDraft(Figures with { Employees = 42 }, DataProvenance.SelfReported, Officer.Time);
        Assert.Equal(YearlyDataStatus.Draft, data.Status);
        Assert.Equal("wrong employees", data.ReturnComment);

        data.Submit(Officer);
        Assert.Equal(YearlyDataStatus.Submitted, data.Status);
        Assert.Null(data.ReturnComment);
        Assert.Equal(42, data.Revisions[^1].GetFigures().Employees);
    }

    [Fact]
    public void Should_reopen_a_verified_year_as_an_officers_draft()
    {
        var data = Verified();
        data.Reopen(Bureau);
        Assert.Equal(YearlyDataStatus.Draft, data.Status);
        Assert.Equal(DataProvenance.EnteredByOfficer, data.Provenance);
        Assert.Null(data.VerifiedAt);
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Verified, YearlyDataStatus.Draft], data.Revisions.Select(r => r.Status));
        data.UpdateDraft(Figures with { NetProfit = 1m }, DataProvenance.EnteredByOfficer, Officer.Time);
        Assert.Equal(1m, data.NetProfit);
    }

    [Fact]
    public void Should_refuse_to_reopen_what_is_not_verified()
    {
        Assert.Equal(IncubationErrorCodes.YearlyDataNotVerified, CodeOf(() => NewDraft().Reopen(Bureau)));
        Assert.Equal(IncubationErrorCodes.YearlyDataNotVerified, CodeOf(() => Submitted().Reopen(Bureau)));
    }

    [Fact]
    public void Should_keep_unknown_figures_null_through_the_snapshot()
    {
        var figures = YearlyFigures.FromJson(new YearlyFigures { NetAssets = -3.5m }.ToJson());
        Assert.Equal(-3.5m, figures.NetAssets);
        Assert.Null(figures.Employees);
        Assert.Null(figures.SalesRevenue);
    }

    [Fact]
    public void Should_date_each_figure_with_its_source_and_keep_unchanged_ones()
    {
        var data = NewDraft();
        Assert.Equal(new FigureSource(DataProvenance.SelfReported, Officer.Time), data.FigureSources["rdExpense"]);
        Assert.False(data.FigureSources.ContainsKey("salesRevenue")); // unknown figures have no source

        var later = Officer.Time.AddDays(3);
        data.UpdateDraft(Figures with { Employees = 45, SalesRevenue = 9_000_000m }, DataProvenance.EnteredByOfficer, later);

        Assert.Equal(new FigureSource(DataProvenance.SelfReported, Officer.Time), data.FigureSources["rdExpense"]);
        Assert.Equal(new FigureSource(DataProvenance.EnteredByOfficer, later), data.FigureSources["employees"]);
        Assert.Equal(new FigureSource(DataProvenance.EnteredByOfficer, later), data.FigureSources["salesRevenue"]);
    }

    [Fact]
    public void Should_mark_every_figure_verified_when_the_bureau_verifies()
    {
        var data = Verified();
        Assert.NotEmpty(data.FigureSources);
        Assert.All(data.FigureSources.Values, s => Assert.Equal(new FigureSource(DataProvenance.VerifiedByBureau, Bureau.Time), s));
    }

    [Fact]
    public void Should_drop_the_source_of_a_figure_that_becomes_unknown()
    {
        var data = NewDraft();
        data.UpdateDraft(Figures with { NetProfit = null }, DataProvenance.EnteredByOfficer, Officer.Time.AddDays(1));
        Assert.False(data.FigureSources.ContainsKey("netProfit"));
    }
}
