using System.Net;
using System.Text.Json;
using Incubation.Certification.Eligibility;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Incubation.Certification.EligibilityRequests;

namespace Incubation.Certification;

public class EligibilityApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_refuse_an_anonymous_what_if()
    {
        using var anonymous = factory.CreateApiClient();
        await anonymous.RefreshXsrfTokenAsync();
        using var response = await anonymous.PostAsync(AssessUrl, SoftwareFirm());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_assess_what_if_facts_for_any_signed_in_user_with_the_gap_in_yuan_and_store_nothing()
    {
        var runsBefore = await RunCountAsync();
        // A unit officer holds no enterprise permission at all: the what-if needs only a signed-in user.
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);

        var result = await unitOfficer.ReadAsync<EligibilityResultDto>(await unitOfficer.PostAsync(AssessUrl, SoftwareFirm(kinds: "HighTech")));

        var highTech = Assert.Single(result.Results);
        Assert.Equal(QualificationKind.HighTech, highTech.Kind);
        Assert.StartsWith("HTE-2016@", highTech.RuleSet, StringComparison.Ordinal);
        Assert.Equal(EligibilityVerdict.NotEligible, highTech.Verdict);
        var rd = highTech.Criteria.Single(c => c.Code == "HighTech.RdRatio");
        Assert.False(rd.Passed);
        Assert.Equal(0.04m, rd.Actual!.Value);
        Assert.Equal(0.05m, rd.Required!.Value);
        Assert.Equal((300_000m, MeasureUnit.Yuan), (rd.Gap!.Value, rd.Gap.Unit));
        Assert.Equal("30万元", rd.Gap.Text);
        Assert.Contains("30万元", rd.Message, StringComparison.Ordinal);
        Assert.True(highTech.Criteria.Single(c => c.Code == "HighTech.HighTechIncomeShare").Passed);
        Assert.Equal(runsBefore, await RunCountAsync());
    }

    [Fact]
    public async Task Should_answer_in_english_when_asked()
    {
        using var client = await _data.AdminClientAsync();
        var result = await client.ReadAsync<EligibilityResultDto>(await client.PostAsync(AssessUrl + "?culture=en", SoftwareFirm(kinds: "HighTech")));
        var rd = result.Results[0].Criteria.Single(c => c.Code == "HighTech.RdRatio");
        Assert.Equal("¥300k", rd.Gap!.Text);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", rd.Message);
    }

    [Fact]
    public async Task Should_pick_the_miit_rule_set_by_the_assessment_date()
    {
        using var client = await _data.AdminClientAsync();
        var before = await client.ReadAsync<EligibilityResultDto>(await client.PostAsync(AssessUrl, SoftwareFirm("2026-03-31", "SrdiSme")));
        var after = await client.ReadAsync<EligibilityResultDto>(await client.PostAsync(AssessUrl, SoftwareFirm("2026-04-01", "SrdiSme")));
        Assert.StartsWith("SME-GRAD-2022@", before.Results[0].RuleSet, StringComparison.Ordinal);
        Assert.StartsWith("SME-GRAD-2026@", after.Results[0].RuleSet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_assess_every_kind_in_force_when_none_is_named()
    {
        using var client = await _data.AdminClientAsync();
        var result = await client.ReadAsync<EligibilityResultDto>(await client.PostAsync(AssessUrl, SoftwareFirm()));
        Assert.Equal(Enum.GetValues<QualificationKind>().Order(), result.Results.Select(r => r.Kind).Order());
    }

    [Fact]
    public async Task Should_refuse_bad_facts_with_field_errors_and_never_a_500()
    {
        using var client = await _data.AdminClientAsync();
        var body = new
        {
            asOf = "2016-12-31",
            kinds = new[] { "SrdiSme" },
            facts = new { years = new[] { new { fiscalYear = 2015, employees = 10, techStaff = 11 }, new { fiscalYear = 2015, employees = 1, techStaff = 0 } } },
        };

        using var response = await client.PostAsync(AssessUrl, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("asOf", out _));
        Assert.Contains("不能大于", errors.GetProperty("facts.years[0].techStaff")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("facts.years", out _));
    }

    [Fact]
    public async Task Should_refuse_a_miit_kind_before_the_2022_measures()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.PostAsync(AssessUrl, SoftwareFirm("2021-06-30", "SrdiSme"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2021-06-30", (await ProblemAsync(response)).GetProperty("errors").GetProperty("kinds[0]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_assess_the_enterprise_on_its_verified_figures_only_and_store_the_run()
    {
        var incubator = await _data.IncubatorAsync();
        var enterprise = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        using var admin = await _data.AdminClientAsync();
        var lastYear = ChinaTime.Today(TimeProvider.System).Year - 1;
        await VerifyYearAsync(admin, enterprise.Id, lastYear);
        // A draft of the year before must not count.
        await admin.PutAsync(YearlyDataUrl(enterprise.Id, lastYear - 1), Enterprises.YearlyDataRequests.Figures());
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);

        var result = await manager.ReadAsync<EnterpriseEligibilityDto>(await manager.GetAsync(EnterpriseUrl(enterprise.Id)));

        var year = Assert.Single(result.Facts.Years);
        Assert.Equal(lastYear, year.FiscalYear);
        Assert.Equal(1_100_000.50m, year.RdExpense);
        Assert.Equal(2, result.Facts.IpClass1Count);
        Assert.Equal(Enum.GetValues<QualificationKind>().Length, result.Results.Count);
        var stored = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<EligibilityRun>()
            .IgnoreQueryFilters().SingleAsync(r => r.Id == result.RunId));
        Assert.Equal(enterprise.Id, stored.EnterpriseId);
        Assert.Contains("HTE-2016@", stored.RuleSets, StringComparison.Ordinal);
        Assert.Contains("1100000.5", stored.FactsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_hide_an_enterprise_outside_the_scope_and_refuse_a_user_without_the_permission()
    {
        var incubator = await _data.IncubatorAsync();
        var outside = await _data.EnterpriseAsync();
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        var runsBefore = await RunCountAsync();

        using var hidden = await manager.GetAsync(EnterpriseUrl(outside.Id));
        using var forbidden = await unitOfficer.GetAsync(EnterpriseUrl(outside.Id));
        using var hiddenProfile = await manager.PutAsync(ProfileUrl(outside.Id), new { rdInstitutionLevel = "City" });

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenProfile.StatusCode);
        Assert.Equal(runsBefore, await RunCountAsync());
    }

    [Fact]
    public async Task Should_keep_the_profile_facts_refuse_a_stale_edit_and_feed_them_to_the_engine()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();

        var first = await admin.ReadAsync<EligibilityProfileDto>(await admin.PutAsync(ProfileUrl(enterprise.Id),
            new { segmentMarketSince = "2015-01-01", rdInstitutionLevel = "Provincial", noMajorIncidentLastYear = true, techSmeRdOption = "CostRatio" }));
        var second = await admin.ReadAsync<EligibilityProfileDto>(await admin.PutAsync(ProfileUrl(enterprise.Id),
            new { segmentMarketSince = "2015-01-01", rdInstitutionLevel = "National", concurrencyStamp = first.ConcurrencyStamp }));
        using var stale = await admin.PutAsync(ProfileUrl(enterprise.Id), new { rdInstitutionLevel = "City", concurrencyStamp = first.ConcurrencyStamp });
        using var future = await admin.PutAsync(ProfileUrl(enterprise.Id), new { segmentMarketSince = "2999-01-01", concurrencyStamp = second.ConcurrencyStamp });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await ProblemAsync(future)).GetProperty("errors").TryGetProperty("segmentMarketSince", out _));
        var result = await admin.ReadAsync<EnterpriseEligibilityDto>(await admin.GetAsync(EnterpriseUrl(enterprise.Id) + "?asOf=2026-06-30"));
        Assert.Equal(RdInstitutionLevel.National, result.Facts.RdInstitutionLevel);
        Assert.Null(result.Facts.TechSmeRdOption);
        // 2015-01-01 to 2025-12-31: eleven years in the segment market.
        Assert.Equal(11m, result.Facts.SegmentMarketYears);
    }

    private static string YearlyDataUrl(Guid enterpriseId, int year) => Enterprises.YearlyDataRequests.Url(enterpriseId, year);

    private Task<int> RunCountAsync() =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<EligibilityRun>().IgnoreQueryFilters().CountAsync());

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
