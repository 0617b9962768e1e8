using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Incubation.Certification;

/// <summary>
/// The certification reminders: a 高企 certificate's expiry 12, 6 and 3 months ahead (the latest milestone reached,
/// once each; domain-rules §1.6), the annual report due by 31 May, every April, and a batch closing within two weeks
/// while an application is not submitted. They go to the enterprise's responsible
/// officer, its incubator's users and its own users. Notification keys hold the milestone or the year, so a rerun
/// (a retry, a second host) adds nothing.
/// </summary>
public sealed class CertificationReminderJob(
    IRepository<Qualification> qualifications,
    IRepository<EnterpriseLabel> enterpriseLabels,
    IEnterpriseRepository enterprises,
    IRepository<AppUser> users,
    EnterpriseUsersNotifier enterpriseUsers,
    IRepository<Notification> notifications,
    IRepository<CertificationBatch> batches,
    IRepository<CertificationApplication> applications,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<CertificationReminderJob> logger)
{
    public static readonly int[] MonthsAhead = [3, 6, 12];

    /// <summary>How long before a batch closes the unsubmitted applications are reminded.</summary>
    public const int BatchClosingDays = 14;

    public Task<CertificationReminderRunResult> RunAsync(CancellationToken cancellationToken) => RunAsync(ChinaTime.Today(clock), cancellationToken);

    public async Task<CertificationReminderRunResult> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddMonths(MonthsAhead.Max());
        var expiring = await (
                from q in qualifications.Query().AsNoTracking()
                join e in enterpriseLabels.Query() on q.EnterpriseId equals e.Id
                where q.Kind == QualificationKind.HighTech && q.ExpiresOn > today && q.ExpiresOn <= horizon
                      && !qualifications.Query().Any(later => later.EnterpriseId == q.EnterpriseId && later.Kind == QualificationKind.HighTech && later.IssuedOn > q.IssuedOn)
                select new { q.Id, q.EnterpriseId, q.ExpiresOn, e.Name })
            .ToListAsync(cancellationToken);

        var keys = new List<(Guid EnterpriseId, NotificationKind Kind, Guid SubjectId, string Occasion, string Subject, DateOnly Due)>();
        foreach (var cert in expiring)
        {
            // Only the nearest milestone reached: a certificate first seen two months out gets the 3-month reminder alone.
            var milestone = MonthsAhead.First(m => today >= cert.ExpiresOn.AddMonths(-m));
            keys.Add((cert.EnterpriseId, NotificationKind.CertificateExpiring, cert.Id, $"{milestone}m", cert.Name, cert.ExpiresOn));
        }

        var annualReports = 0;
        if (today.Month == 4)
        {
            var due = new DateOnly(today.Year, 5, 31);
            var holders = await (
                    from q in qualifications.Query().AsNoTracking()
                    join e in enterpriseLabels.Query() on q.EnterpriseId equals e.Id
                    where q.Kind == QualificationKind.HighTech && q.IssuedOn < new DateOnly(today.Year, 1, 1) && q.ExpiresOn >= today
                    select new { q.EnterpriseId, e.Name })
                .Distinct().ToListAsync(cancellationToken);
            annualReports = holders.Count;
            keys.AddRange(holders.Select(h => (h.EnterpriseId, NotificationKind.AnnualReportDue, h.EnterpriseId, $"annual-{today.Year}", h.Name, due)));
        }

        var closing = await (
                from b in batches.Query().AsNoTracking()
                where b.ClosesOn >= today && b.ClosesOn <= today.AddDays(BatchClosingDays)
                join a in applications.Query().AsNoTracking() on new { b.Kind, b.Year } equals new { a.Kind, a.Year }
                join e in enterpriseLabels.Query() on a.EnterpriseId equals e.Id
                where a.Stage == ApplicationStage.Candidate || a.Stage == ApplicationStage.Preparing
                select new { a.Id, a.EnterpriseId, ClosesOn = b.ClosesOn!.Value, e.Name })
            .ToListAsync(cancellationToken);
        keys.AddRange(closing.Select(c => (c.EnterpriseId, NotificationKind.BatchClosingSoon, c.Id, $"closes-{c.ClosesOn:yyyyMMdd}", c.Name, c.ClosesOn)));

        var expired = await ExpireEvidenceAsync(today, cancellationToken);
        var written = await NotifyAsync(keys, cancellationToken);
        logger.LogInformation("Certification reminders for {Today}: {Expiring} expiring, {Annual} annual reports, {Written} notifications, {Expired} applications with expired evidence",
            today, expiring.Count, annualReports, written, expired);
        return new CertificationReminderRunResult(today, expiring.Count, annualReports, written);
    }

    /// <summary>Open applications whose dated materials (an audit, a certificate) ran out get them marked expired.</summary>
    private async Task<int> ExpireEvidenceAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // Open applications are this year's and last year's few hundred at most; the JSON checklist is read in memory.
        var open = await applications.Query().Where(a => a.Stage < ApplicationStage.Approved && a.Year >= today.Year - 1).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var application in open)
        {
            var before = application.Completeness;
            application.ExpireEvidence(today);
            changed += application.Completeness < before ? 1 : 0;
        }

        return changed;
    }

    private async Task<int> NotifyAsync(
        List<(Guid EnterpriseId, NotificationKind Kind, Guid SubjectId, string Occasion, string Subject, DateOnly Due)> items,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        foreach (var chunk in items.Chunk(100))
        {
            var enterpriseIds = chunk.Select(i => i.EnterpriseId).Distinct().ToList();
            var links = await enterprises.Query().AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
                .Select(e => new { e.Id, e.ResponsibleOfficerId, e.IncubatorId }).ToListAsync(cancellationToken);
            var incubatorIds = links.Where(l => l.IncubatorId != null).Select(l => l.IncubatorId).Distinct().ToList();
            var incubatorUsers = await users.Query().AsNoTracking()
                .Where(u => u.IsActive && incubatorIds.Contains(u.IncubatorId))
                .Select(u => new { u.Id, u.IncubatorId }).ToListAsync(cancellationToken);
            var staff = await enterpriseUsers.UsersOfAsync(enterpriseIds, cancellationToken);
            var candidates = chunk.SelectMany(item =>
            {
                var link = links.Single(l => l.Id == item.EnterpriseId);
                var userIds = staff.Where(s => s.EnterpriseId == item.EnterpriseId).Select(s => s.UserId)
                    .Concat(incubatorUsers.Where(u => link.IncubatorId != null && u.IncubatorId == link.IncubatorId).Select(u => u.Id))
                    .ToList();
                if (link.ResponsibleOfficerId is { } officer)
                {
                    userIds.Add(officer);
                }

                return userIds.Distinct().Select(u => new Notification(u, item.Kind, Notification.KeyFor(item.Kind, u, item.SubjectId, item.Occasion),
                    item.Subject, null, item.Due, now));
            }).ToList();
            var candidateKeys = candidates.Select(c => c.DedupKey).ToList();
            var existing = (await notifications.Query().Where(n => candidateKeys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var notification in candidates.Where(c => !existing.Contains(c.DedupKey)))
            {
                notifications.Add(notification);
                written++;
            }
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // A concurrent run wrote the same reminders first: theirs stand, ours are the same.
            return 0;
        }

        return written;
    }
}
