using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incubation.Visits;

/// <summary>
/// The daily reminder: every need still owed an answer that is due within three days or overdue gets a notification
/// for each officer of its unit. A notification's key holds the day, so a second run the same day — a retry, or the
/// job firing on two hosts at once — adds nothing: the unique key decides, not timing.
/// </summary>
public sealed class NeedReminderJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NeedReminderJob> logger)
{
    private const int BatchSize = 200;

    public async Task<NeedReminderRunResult> RunAsync(CancellationToken cancellationToken) =>
        await RunAsync(ChinaTime.Today(clock), cancellationToken);

    public async Task<NeedReminderRunResult> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var dueBy = today.AddDays(NeedConsts.DueSoonDays);
        var scanned = 0;
        var created = 0;
        var emailed = 0;
        while (true)
        {
            // Page through the (status, due date) index: never the whole table in memory. Writing notifications
            // does not change which needs match, so paging by offset stays stable within a run.
            await using var scope = scopes.CreateAsyncScope();
            var batch = await ReadBatchAsync(scope.ServiceProvider, dueBy, scanned, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            scanned += batch.Count;
            var (added, mails) = await NotifyBatchAsync(batch, today, cancellationToken);
            created += added;
            emailed += mails;
        }

        logger.LogInformation("Need reminders for {Today}: {Scanned} needs, {Created} notifications, {Emailed} emails", today, scanned, created, emailed);
        return new NeedReminderRunResult(today, scanned, created, emailed);
    }

    private static async Task<List<ReminderCandidate>> ReadBatchAsync(IServiceProvider services, DateOnly dueBy, int skip, CancellationToken cancellationToken)
    {
        var needs = services.GetRequiredService<IRepository<Need>>().Query().AsNoTracking();
        var enterprises = services.GetRequiredService<IRepository<EnterpriseLabel>>().Query();
        var pending = NeedConsts.Pending.ToList();
        return await (
                from n in needs
                join e in enterprises on n.EnterpriseId equals e.Id
                where pending.Contains(n.Status) && n.DueDate <= dueBy
                orderby n.DueDate, n.Id
                select new ReminderCandidate(n.Id, n.ResponsibleUnitId, n.DueDate, e.Name))
            .Skip(skip)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<(int Added, int Emailed)> NotifyBatchAsync(List<ReminderCandidate> batch, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<NeedReminderWriter>().WriteAsync(batch, today, cancellationToken);
            }
            catch (DuplicateKeyException) when (attempt < 3)
            {
                // Another run inserted some of these between our read and our write; read again and add the rest.
            }
        }
    }
}

internal sealed record ReminderCandidate(Guid Id, Guid UnitId, DateOnly DueDate, string EnterpriseName);
