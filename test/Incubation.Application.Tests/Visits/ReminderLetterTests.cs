using Incubation.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

/// <summary>The plan's rule: overdue at a half-year's end → a letter; letters in two half-years in a row → escalated.</summary>
public class ReminderLetterTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly VisitTestData _data = new(factory);

    [Fact]
    public async Task Should_propose_and_issue_letters_and_escalate_after_two_consecutive_half_years()
    {
        var admin = await _data.AdminAsync();
        var unit = await _data.UnitAsync();
        factory.Clock.SetChinaTime(new DateOnly(2026, 1, 5));
        var first = await _data.RaiseAsync(admin, unit.Id);

        factory.Clock.SetChinaTime(new DateOnly(2026, 7, 2));
        var h1 = await StandingAsync(admin, unit.Id, 2026, 1);
        Assert.Equal((1, true, false), (h1.OverdueAtEnd, h1.LetterProposed, h1.EscalatedToDistrict));
        var letter1 = await IssueAsync(admin, unit.Id, 2026, 1);
        Assert.False(letter1.EscalatedToDistrict);
        Assert.Equal(first.Id, Assert.Single(letter1.Needs).NeedId);
        Assert.Contains(unit.Name, letter1.Text, StringComparison.Ordinal);
        Assert.Contains("2026", letter1.Number, StringComparison.Ordinal);
        Assert.False((await StandingAsync(admin, unit.Id, 2026, 1)).LetterProposed); // issued: no longer proposed

        factory.Clock.SetChinaTime(new DateOnly(2026, 8, 3));
        await _data.RaiseAsync(admin, unit.Id);
        factory.Clock.SetChinaTime(new DateOnly(2027, 1, 4));
        Assert.Equal(2, (await StandingAsync(admin, unit.Id, 2026, 2)).OverdueAtEnd);
        var letter2 = await IssueAsync(admin, unit.Id, 2026, 2);
        Assert.True(letter2.EscalatedToDistrict);
        Assert.NotEqual(letter1.Number, letter2.Number);
        var h2 = await StandingAsync(admin, unit.Id, 2026, 2);
        Assert.Equal((letter2.Number, letter1.Number, true), (h2.LetterNumber, h2.PreviousLetterNumber, h2.EscalatedToDistrict));
    }

    [Fact]
    public async Task Should_not_escalate_letters_with_a_half_year_between_them()
    {
        var admin = await _data.AdminAsync();
        var unit = await _data.UnitAsync();
        factory.Clock.SetChinaTime(new DateOnly(2025, 8, 4));
        await _data.RaiseAsync(admin, unit.Id);
        factory.Clock.SetChinaTime(new DateOnly(2026, 1, 5));
        await IssueAsync(admin, unit.Id, 2025, 2);
        factory.Clock.SetChinaTime(new DateOnly(2027, 1, 4));
        Assert.False((await IssueAsync(admin, unit.Id, 2026, 2)).EscalatedToDistrict);
    }

    [Fact]
    public async Task Should_count_a_need_overdue_at_the_end_even_if_answered_later_and_refuse_a_second_letter()
    {
        var admin = await _data.AdminAsync();
        var unit = await _data.UnitAsync();
        factory.Clock.SetChinaTime(new DateOnly(2026, 6, 1));
        var need = await _data.RaiseAsync(admin, unit.Id);
        factory.Clock.SetChinaTime(new DateOnly(2026, 7, 6));
        need = await _data.ActAsync(admin, IncubationRoles.BureauAdmin, need, NeedAction.Accept);
        await _data.ActAsync(admin, IncubationRoles.BureauAdmin, need, NeedAction.Resolve, "已答复");

        Assert.Equal(1, (await StandingAsync(admin, unit.Id, 2026, 1)).OverdueAtEnd);
        Assert.Equal(0, (await StandingAsync(admin, unit.Id, 2026, 2)).OverdueAtEnd);
        await IssueAsync(admin, unit.Id, 2026, 1);
        var again = await Assert.ThrowsAsync<BusinessException>(() => IssueAsync(admin, unit.Id, 2026, 1));
        Assert.Equal((IncubationErrorCodes.ReminderLetterAlreadyIssued, 409), (again.Code, again.StatusCode));
        var nothing = await Assert.ThrowsAsync<BusinessException>(() => IssueAsync(admin, unit.Id, 2026, 2));
        Assert.Equal(IncubationErrorCodes.ReminderLetterNothingOverdue, nothing.Code);
    }

    private async Task<UnitStandingDto> StandingAsync(AppUser admin, Guid unitId, int year, int half) =>
        (await factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp => sp.GetRequiredService<IReminderLetterAppService>()
            .GetStandingsAsync(new HalfYearInput { Year = year, Half = half }, CancellationToken.None)))
        .Single(s => s.ResponsibleUnitId == unitId);

    private Task<ReminderLetterDto> IssueAsync(AppUser admin, Guid unitId, int year, int half) =>
        factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp => sp.GetRequiredService<IReminderLetterAppService>()
            .IssueAsync(new IssueReminderLetterDto { ResponsibleUnitId = unitId, Year = year, Half = half }, CancellationToken.None));
}
