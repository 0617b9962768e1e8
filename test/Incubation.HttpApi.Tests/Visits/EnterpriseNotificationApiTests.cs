using System.Net;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Incubation.Enterprises.YearlyDataRequests;

namespace Incubation.Visits;

/// <summary>What an enterprise's own staff are told in their notification centre, and who else is not.</summary>
public class EnterpriseNotificationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Notifications = "/api/app/notifications?maxResultCount=100";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_tell_the_enterprises_active_users_each_time_the_bureau_returns_their_yearly_data()
    {
        var enterprise = await _data.EnterpriseAsync();
        var ownerUser = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        var formerColleague = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        await _data.DeactivateAsync(formerColleague);
        using var owner = await _data.ClientForAsync(ownerUser);
        using var stranger = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: (await _data.EnterpriseAsync()).Id);
        using var bureau = await _data.AdminClientAsync();

        var submitted = await SubmitAsync(owner, enterprise.Id, (await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2024), Figures()))).ConcurrencyStamp);
        var returned = await bureau.ReadAsync<YearlyDataDto>(await bureau.PostAsync(Url(enterprise.Id, 2024, "return"),
            new { concurrencyStamp = submitted.ConcurrencyStamp, comment = "研发人员数与社保记录不符" }));

        var notice = Assert.Single(await OfKindAsync(owner, NotificationKind.YearlyDataReturned));
        Assert.Equal(("年度数据被退回，请修改后重新提交", $"2024 · {enterprise.Name}", null), (notice.Text, notice.Subject, notice.NeedId));
        Assert.Empty(await OfKindAsync(stranger, NotificationKind.YearlyDataReturned));
        Assert.Empty(await StoredForAsync(formerColleague.Id));

        // Returned a second time after a correction: a second notice, not a clash with the first one's key.
        var edited = await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2024), Figures(returned.ConcurrencyStamp, ("rdStaff", 10))));
        var again = await SubmitAsync(owner, enterprise.Id, edited.ConcurrencyStamp);
        await bureau.ReadAsync<YearlyDataDto>(await bureau.PostAsync(Url(enterprise.Id, 2024, "return"), new { concurrencyStamp = again.ConcurrencyStamp, comment = "仍不符" }));
        Assert.Equal(2, (await OfKindAsync(owner, NotificationKind.YearlyDataReturned)).Count);
    }

    [Fact]
    public async Task Should_write_no_notice_when_the_return_itself_is_refused()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        using var bureau = await _data.AdminClientAsync();
        var draft = await owner.ReadAsync<YearlyDataDto>(await owner.PutAsync(Url(enterprise.Id, 2024), Figures()));
        var submitted = await SubmitAsync(owner, enterprise.Id, draft.ConcurrencyStamp);

        using var stale = await bureau.PostAsync(Url(enterprise.Id, 2024, "return"), new { concurrencyStamp = draft.ConcurrencyStamp, comment = "x" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(YearlyDataStatus.Submitted, (await owner.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2024))).Status);
        Assert.Equal(submitted.ConcurrencyStamp, (await owner.GetFromJsonAsync<YearlyDataDto>(Url(enterprise.Id, 2024))).ConcurrencyStamp);
        Assert.Empty(await OfKindAsync(owner, NotificationKind.YearlyDataReturned));
    }

    [Fact]
    public async Task Should_tell_the_enterprises_active_users_when_a_unit_answers_their_need_and_let_them_open_it()
    {
        var unitId = (await VisitApiTests.UnitsAsync(factory)).Item1;
        var enterprise = await _data.EnterpriseAsync();
        var ownerUser = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        var formerColleague = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        await _data.DeactivateAsync(formerColleague);
        using var owner = await _data.ClientForAsync(ownerUser);
        using var stranger = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: (await _data.EnterpriseAsync()).Id);
        using var unit = await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitId));

        var need = await owner.ReadAsync<NeedDto>(await owner.PostAsync("/api/app/needs",
            new { enterpriseId = enterprise.Id, category = "Funding", description = "希望对接科技贷款", responsibleUnitId = unitId }));
        need = await NeedApiTests.ActAsync(unit, need, new { action = "Accept" });
        Assert.Empty(await OfKindAsync(owner, NotificationKind.NeedAnswered)); // accepting is not an answer yet
        need = await NeedApiTests.ActAsync(unit, need, new { action = "Resolve", text = "已对接两家银行" });

        var notice = Assert.Single(await OfKindAsync(owner, NotificationKind.NeedAnswered));
        Assert.Equal(("您的诉求已办结答复，请确认并评价", enterprise.Name, need.Id), (notice.Text, notice.Subject, notice.NeedId));
        var english = await owner.GetFromJsonAsync<PagedResultDto<NotificationDto>>(Notifications + "&culture=en");
        Assert.Equal("Your need has been answered: please confirm and rate it", english.Items.Single(n => n.Id == notice.Id).Text);
        Assert.Equal(NeedStatus.Resolved, (await owner.GetFromJsonAsync<NeedDto>($"/api/app/needs/{notice.NeedId}")).Status);
        Assert.Empty(await OfKindAsync(stranger, NotificationKind.NeedAnswered));
        Assert.Empty(await StoredForAsync(formerColleague.Id));

        // Sent back unsatisfied and answered again: told again.
        need = await NeedApiTests.ActAsync(owner, need, new { action = "Confirm", rating = 2, text = "利率太高" });
        await NeedApiTests.ActAsync(unit, need, new { action = "Resolve", text = "已争取贴息" });
        Assert.Equal(2, (await OfKindAsync(owner, NotificationKind.NeedAnswered)).Count(n => n.NeedId == need.Id));
    }

    private static async Task<YearlyDataDto> SubmitAsync(ApiClient client, Guid enterpriseId, string stamp) =>
        await client.ReadAsync<YearlyDataDto>(await client.PostAsync(Url(enterpriseId, 2024, "submit"), Step(stamp)));

    private static async Task<List<NotificationDto>> OfKindAsync(ApiClient client, NotificationKind kind) =>
        (await client.GetFromJsonAsync<PagedResultDto<NotificationDto>>(Notifications)).Items.Where(n => n.Kind == kind).ToList();

    /// <summary>Straight from the table: an inactive user cannot sign in to look.</summary>
    private Task<List<Notification>> StoredForAsync(Guid userId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Notification>>().Query().Where(n => n.RecipientUserId == userId).ToListAsync());
}
