using System.Net;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Incubation.Enterprises.YearlyDataRequests;

namespace Incubation.Enterprises;

public class YearlyDataApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_answer_401_to_an_anonymous_caller()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = factory.CreateApiClient();
        using var response = await client.GetAsync(Url(enterprise.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("domesticRdExpense", "rdExpense")]
    [InlineData("highTechIncome", "totalIncome")]
    [InlineData("mainBusinessRevenue", "operatingRevenue")]
    [InlineData("techStaff", "employees")]
    [InlineData("rdStaff", "employees")]
    [InlineData("ipClass1SelfDevelopedCount", "ipClass1Count")]
    public async Task Should_refuse_a_part_greater_than_its_whole_naming_the_part(string part, string whole)
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        using var response = await client.PutAsync(Url(enterprise.Id, 2023), Figures(null, (whole, 10), (part, 11)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await EnterpriseApiTests.Problem(response)).GetProperty("errors");
        Assert.Contains("不能大于", errors.GetProperty(part)[0].GetString(), StringComparison.Ordinal);
        Assert.False(errors.TryGetProperty(whole, out _));
        Assert.Equal(0, await CountAsync(enterprise.Id));
    }

    [Fact]
    public async Task Should_accept_a_part_when_its_whole_is_unknown_and_keep_unknowns_null()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        var saved = await client.ReadAsync<YearlyDataDto>(
            await client.PutAsync(Url(enterprise.Id, 2023), Figures(null, ("rdExpense", null), ("employees", null))));
        Assert.Null(saved.RdExpense);
        Assert.Equal(1_000_000m, saved.DomesticRdExpense);
        Assert.Null(saved.Conversions);
        Assert.Equal(-250_000m, saved.NetProfit);
    }

    [Theory]
    [InlineData("salesRevenue", -1)]
    [InlineData("rdExpense", 10_000_000_000_001)]
    [InlineData("netProfit", -10_000_000_000_001)]
    [InlineData("totalAssets", 0.001)]
    [InlineData("employees", -1)]
    [InlineData("conversions", -3)]
    public async Task Should_refuse_an_amount_or_count_out_of_range(string field, double value)
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        using var response = await client.PutAsync(Url(enterprise.Id, 2023) + "?culture=en", Figures(null, (field, (decimal)value)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await EnterpriseApiTests.Problem(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Should_refuse_a_future_or_too_early_fiscal_year()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        foreach (var year in new[] { DateTime.Now.Year + 1, 1999 })
        {
            using var response = await client.PutAsync(Url(enterprise.Id, year), Figures());
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await EnterpriseApiTests.Problem(response)).GetProperty("errors").TryGetProperty("fiscalYear", out _));
        }

        Assert.Equal(0, await CountAsync(enterprise.Id));
    }

    [Fact]
    public async Task Should_take_a_year_from_draft_through_submitted_to_verified_and_keep_its_revisions()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: enterprise.SubDistrictCode);
        using var bureau = await _data.AdminClientAsync();

        var draft = await officer.ReadAsync<YearlyDataDto>(await officer.PutAsync(Url(enterprise.Id, 2023), Figures()));
        Assert.Equal((YearlyDataStatus.Draft, DataProvenance.EnteredByOfficer, 2023), (draft.Status, draft.Provenance, draft.FiscalYear));
        Assert.Equal(1_100_000.50m, draft.RdExpense);
        Assert.Equal(DataProvenance.EnteredByOfficer, draft.FigureSources["rdExpense"].Provenance);
        await officer.ReadAsync<YearlyDataDto>(await officer.PutAsync(Url(enterprise.Id, 2022), Figures()));

        var submitted = await officer.ReadAsync<YearlyDataDto>(await officer.PostAsync(Url(enterprise.Id, 2023, "submit"), Step(draft.ConcurrencyStamp)));
        Assert.Equal(YearlyDataStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.SubmittedAt);
        Assert.NotEqual(draft.ConcurrencyStamp, submitted.ConcurrencyStamp);

        var verified = await bureau.ReadAsync<YearlyDataDto>(await bureau.PostAsync(Url(enterprise.Id, 2023, "verify"), Step(submitted.ConcurrencyStamp)));
        Assert.Equal((YearlyDataStatus.Verified, DataProvenance.VerifiedByBureau), (verified.Status, verified.Provenance));
        Assert.NotNull(verified.VerifiedAt);
        Assert.Equal(new FigureSourceDto(DataProvenance.VerifiedByBureau, verified.VerifiedAt!.Value), verified.FigureSources["rdExpense"]);

        var list = await officer.GetFromJsonAsync<List<YearlyDataDto>>(Url(enterprise.Id));
        Assert.Equal([2023, 2022], list.Select(y => y.FiscalYear));
        var revisions = await officer.GetFromJsonAsync<List<YearlyDataRevisionDto>>(Url(enterprise.Id, 2023, "revisions"));
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Verified], revisions.Select(r => r.Status));
        Assert.Equal("admin", revisions[1].UserName);
        Assert.Equal(1_000_000m, revisions[1].Figures.DomesticRdExpense);
        Assert.Null(revisions[1].Figures.Conversions);

        var latest = await factory.WithServicesAsync(sp => sp.GetRequiredService<IYearlyDataRepository>()
            .FindLatestVerifiedAsync(enterprise.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), CancellationToken.None));
        Assert.Equal(2023, latest?.FiscalYear);

        using var edit = await officer.PutAsync(Url(enterprise.Id, 2023), Figures(verified.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        Assert.Equal(IncubationErrorCodes.YearlyDataNotEditable, (await EnterpriseApiTests.Problem(edit)).GetProperty("code").GetString());

        var reopened = await bureau.ReadAsync<YearlyDataDto>(await bureau.PostAsync(Url(enterprise.Id, 2023, "reopen"), Step(verified.ConcurrencyStamp)));
        Assert.Equal((YearlyDataStatus.Draft, DataProvenance.EnteredByOfficer), (reopened.Status, reopened.Provenance));
        Assert.Equal(3, (await officer.GetFromJsonAsync<List<YearlyDataRevisionDto>>(Url(enterprise.Id, 2023, "revisions"))).Count);
    }

    [Fact]
    public async Task Should_return_a_submitted_year_with_a_comment_and_let_the_enterprise_edit_it_again()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        using var bureau = await _data.AdminClientAsync();
        var draft = await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2024), Figures()));
        Assert.Equal(DataProvenance.SelfReported, draft.Provenance);
        var submitted = await owner.ReadAsync<YearlyDataDto>(await owner.PostAsync(Url(enterprise.Id, 2024, "submit"), Step(draft.ConcurrencyStamp)));

        using var silent = await bureau.PostAsync(Url(enterprise.Id, 2024, "return"), new { concurrencyStamp = submitted.ConcurrencyStamp, comment = " " });
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.True((await EnterpriseApiTests.Problem(silent)).GetProperty("errors").TryGetProperty("comment", out _));

        var returned = await bureau.ReadAsync<YearlyDataDto>(await bureau.PostAsync(Url(enterprise.Id, 2024, "return"),
            new { concurrencyStamp = submitted.ConcurrencyStamp, comment = "研发人员数与社保记录不符" }));
        Assert.Equal(YearlyDataStatus.Returned, returned.Status);

        var seen = await owner.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2024));
        Assert.Equal("研发人员数与社保记录不符", seen.ReturnComment);
        var edited = await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2024), Figures(seen.ConcurrencyStamp, ("rdStaff", 10))));
        Assert.Equal((YearlyDataStatus.Draft, 10), (edited.Status, edited.RdStaff));
        var again = await owner.ReadAsync<YearlyDataDto>(await owner.PostAsync(Url(enterprise.Id, 2024, "submit"), Step(edited.ConcurrencyStamp)));
        Assert.Equal(YearlyDataStatus.Submitted, again.Status);

        var revisions = await bureau.GetFromJsonAsync<List<YearlyDataRevisionDto>>(Url(enterprise.Id, 2024, "revisions"));
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Returned, YearlyDataStatus.Submitted], revisions.Select(r => r.Status));
        Assert.Equal("研发人员数与社保记录不符", revisions[1].Comment);
        Assert.Equal([12, 12, 10], revisions.Select(r => r.Figures.RdStaff));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_stamp_and_keep_the_first_edit()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        var created = await client.ReadAsync<YearlyDataDto>(await client.PutAsync(Url(enterprise.Id, 2023), Figures()));
        await client.ReadAsync<YearlyDataDto>(await client.PutAsync(Url(enterprise.Id, 2023), Figures(created.ConcurrencyStamp, ("employees", 61))));

        using var stale = await client.PutAsync(Url(enterprise.Id, 2023), Figures(created.ConcurrencyStamp, ("employees", 99)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(IncubationErrorCodes.ConcurrencyConflict, (await EnterpriseApiTests.Problem(stale)).GetProperty("code").GetString());
        using var blind = await client.PutAsync(Url(enterprise.Id, 2023), Figures(null, ("employees", 98)));
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        using var staleSubmit = await client.PostAsync(Url(enterprise.Id, 2023, "submit"), Step(created.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);

        var stored = await client.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2023));
        Assert.Equal((61, YearlyDataStatus.Draft), (stored.Employees, stored.Status));
    }

    [Fact]
    public async Task Should_refuse_a_step_the_status_does_not_allow_with_its_code()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        var draft = await client.ReadAsync<YearlyDataDto>(await client.PutAsync(Url(enterprise.Id, 2023), Figures()));
        using var verify = await client.PostAsync(Url(enterprise.Id, 2023, "verify"), Step(draft.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, verify.StatusCode);
        Assert.Equal(IncubationErrorCodes.YearlyDataNotSubmitted, (await EnterpriseApiTests.Problem(verify)).GetProperty("code").GetString());
        Assert.Equal(YearlyDataStatus.Draft, (await client.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2023))).Status);
    }

    [Fact]
    public async Task Should_not_let_an_enterprise_user_verify_their_own_figures()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        var draft = await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2023), Figures()));
        var submitted = await owner.ReadAsync<YearlyDataDto>(await owner.PostAsync(Url(enterprise.Id, 2023, "submit"), Step(draft.ConcurrencyStamp)));

        foreach (var step in new[] { "verify", "reopen" })
        {
            using var response = await owner.PostAsync(Url(enterprise.Id, 2023, step), Step(submitted.ConcurrencyStamp));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var returned = await owner.PostAsync(Url(enterprise.Id, 2023, "return"), new { concurrencyStamp = submitted.ConcurrencyStamp, comment = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, returned.StatusCode);
        Assert.Equal(YearlyDataStatus.Submitted, (await owner.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2023))).Status);
    }

    [Fact]
    public async Task Should_hide_and_protect_the_yearly_data_of_an_enterprise_outside_the_managers_scope()
    {
        var outside = await _data.EnterpriseAsync(incubatorId: (await _data.IncubatorAsync()).Id);
        using var bureau = await _data.AdminClientAsync();
        var existing = await bureau.ReadAsync<YearlyDataDto>(await bureau.PutAsync(Url(outside.Id, 2023), Figures()));
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: (await _data.IncubatorAsync()).Id);

        foreach (var url in new[] { Url(outside.Id), Url(outside.Id, 2023), Url(outside.Id, 2023, "revisions") })
        {
            using var read = await manager.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.DoesNotContain("12000000", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var overwrite = await manager.PutAsync(Url(outside.Id, 2023), Figures(existing.ConcurrencyStamp, ("employees", 70)));
        Assert.Equal(HttpStatusCode.NotFound, overwrite.StatusCode);
        using var create = await manager.PutAsync(Url(outside.Id, 2022), Figures());
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        using var submit = await manager.PostAsync(Url(outside.Id, 2023, "submit"), Step(existing.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);

        Assert.Equal(1, await CountAsync(outside.Id));
        var stored = await bureau.GetFromJsonAsync<YearlyDataDto>(Url(outside.Id, 2023));
        Assert.Equal((60, YearlyDataStatus.Draft, existing.ConcurrencyStamp), (stored.Employees, stored.Status, stored.ConcurrencyStamp));
    }

    [Fact]
    public async Task Should_let_a_manager_keep_the_yearly_data_of_their_incubators_enterprise()
    {
        var incubator = await _data.IncubatorAsync();
        var mine = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        var draft = await manager.ReadAsync<YearlyDataDto>(await manager.PutAsync(Url(mine.Id, 2023), Figures()));
        Assert.Equal(DataProvenance.EnteredByOfficer, draft.Provenance);
        using var verify = await manager.PostAsync(Url(mine.Id, 2023, "verify"), Step(draft.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.Forbidden, verify.StatusCode);
    }

    [Fact]
    public async Task Should_answer_404_for_a_year_never_entered()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.AdminClientAsync();
        using var response = await client.GetAsync(Url(enterprise.Id, 2021));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await client.GetFromJsonAsync<List<YearlyDataDto>>(Url(enterprise.Id)));
    }

    private Task<int> CountAsync(Guid enterpriseId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<YearlyData>()
            .IgnoreQueryFilters().CountAsync(y => y.EnterpriseId == enterpriseId));
}
