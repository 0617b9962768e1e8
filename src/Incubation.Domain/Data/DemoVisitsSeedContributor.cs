using Incubation.Calendar;
using Incubation.Enterprises;
using Incubation.Lookups;
using Incubation.Visits;

namespace Incubation.Data;

/// <summary>
/// Development only: a season of "千企面对面" visits to demo enterprises with needs at every step of the loop
/// (open, in progress, answered, closed with ratings, a few overdue), so the ledgers, the unit's board and the KPI
/// cards show real shapes on the first run. The demo unit officer's unit gets a share of them.
/// </summary>
public sealed class DemoVisitsSeedContributor(
    IEnterpriseRepository enterprises,
    IRepository<Visit> visits,
    IRepository<Need> needs,
    IRepository<ResponsibleUnit> units,
    IWorkingDayCalendarProvider calendars,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public const int VisitCount = 40;

    public int Order => 120;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || visits.Query().Any())
        {
            return;
        }

        var random = new Random(20231001);
        var today = ChinaTime.Today(clock);
        var calendar = await calendars.GetAsync(today.AddDays(-200), today.AddDays(60), cancellationToken);
        var unitIds = units.Query().OrderBy(u => u.Name).Select(u => u.Id).ToList();
        var demo = enterprises.Query().Where(e => e.IsDemo).OrderBy(e => e.UnifiedSocialCreditCode).Select(e => e.Id).Take(VisitCount).ToList();
        var categories = Enum.GetValues<NeedCategory>();
        var words = ReferenceData.DemoNames();
        string Pick(string kind) => words[kind].ElementAt(random.Next(words[kind].Count()));
        foreach (var enterpriseId in demo)
        {
            var visitDate = today.AddDays(-random.Next(1, 150));
            var visit = new Visit(Guid.CreateVersion7(), enterpriseId, visitDate, (VisitKind)random.Next(1, 6));
            visit.Describe(Pick("situation"), null, null, null);
            visit.ExplainPolicies(["HteCertification", "RdSuperDeduction"]);
            visits.Add(visit);

            var raisedAt = ChinaTime.StartOfDayUtc(visitDate).AddHours(10);
            for (var n = 0; n < random.Next(0, 3); n++)
            {
                var category = categories[random.Next(categories.Length)];
                var due = calendar.AddWorkingDays(visitDate, NeedConsts.DefaultDueWorkingDays(category));
                var need = Need.Raise(enterpriseId, visit.Id, NeedSource.Visit, category, Pick("need"), false,
                    unitIds[random.Next(Math.Min(4, unitIds.Count))], visitDate, due, new NeedActor(null, "demo", raisedAt));
                Advance(need, random.Next(6), raisedAt, Pick("answer"));
                needs.Add(need);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a need along the loop: 0 stays open, 1 accepted, 2 in progress, 3 answered, 4–5 closed.</summary>
    private static void Advance(Need need, int steps, DateTime raisedAt, string answer)
    {
        NeedActor At(int days) => new(null, "demo", raisedAt.AddDays(days));
        if (steps >= 1) need.Accept(At(1), null);
        if (steps >= 2) need.Start(At(2), null);
        if (steps >= 3) need.Resolve(answer, At(5));
        if (steps >= 4) need.Confirm(steps == 5 ? 5 : 4, null, need.DueDate, At(7));
    }
}
