using Incubation.Data;
using Incubation.Emailing;
using Incubation.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Visits;

/// <summary>Writes one batch of the reminder job's notifications (and their emails) in one transaction.</summary>
public sealed class NeedReminderWriter(
    IRepository<Notification> notifications,
    NeedNotifier notifier,
    IUnitOfWork unitOfWork,
    IEmailSender email,
    IStringLocalizer<IncubationResource> localizer,
    TimeProvider clock)
{
    internal async Task<(int Added, int Emailed)> WriteAsync(IReadOnlyList<ReminderCandidate> batch, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var occasion = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var planned = new List<(Notification Notification, string? Email)>();
        foreach (var unit in batch.GroupBy(c => c.UnitId))
        {
            var officers = await notifier.OfficersOfAsync(unit.Key, cancellationToken);
            foreach (var need in unit)
            {
                var kind = need.DueDate < today ? NotificationKind.NeedOverdue : NotificationKind.NeedDueSoon;
                planned.AddRange(officers.Select(o => (
                    new Notification(o.Id, kind, Notification.KeyFor(kind, o.Id, need.Id, occasion), need.EnterpriseName, need.Id, need.DueDate, now),
                    o.Email)));
            }
        }

        var keys = planned.Select(p => p.Notification.DedupKey).ToList();
        var existing = (await notifications.Query().AsNoTracking().Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = planned.Where(p => !existing.Contains(p.Notification.DedupKey)).ToList();
        foreach (var (notification, _) in fresh)
        {
            notifications.Add(notification);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);

        // Mail only what this run added: the other run (if any) mails its own share.
        var emailed = 0;
        foreach (var recipient in fresh.Where(f => !string.IsNullOrEmpty(f.Email)).GroupBy(f => f.Email!))
        {
            var lines = recipient.Select(f => $"{localizer[$"Notification:{f.Notification.Kind}"]} {f.Notification.Subject} ({f.Notification.DueDate:yyyy-MM-dd})");
            await email.SendAsync(new EmailMessage([recipient.Key], localizer["Notification:EmailSubject"], string.Join(Environment.NewLine, lines)), cancellationToken);
            emailed++;
        }

        return (fresh.Count, emailed);
    }
}
