using Incubation.Data;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>Adds in-app notifications about a need for the officers of its unit or its enterprise's staff (the caller saves them with its own change).</summary>
public sealed class NeedNotifier(
    IRepository<AppUser> users, IRepository<Notification> notifications, EnterpriseUsersNotifier enterpriseUsers, TimeProvider clock)
{
    public async Task<IReadOnlyList<AppUser>> OfficersOfAsync(Guid unitId, CancellationToken cancellationToken) =>
        await users.Query().AsNoTracking()
            .Where(u => u.ResponsibleUnitId == unitId && u.IsActive)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Tells the unit's officers about a step on a need; <paramref name="occasion"/> makes the key unique.</summary>
    public async Task NotifyUnitAsync(Need need, NotificationKind kind, string enterpriseName, string occasion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var officer in await OfficersOfAsync(need.ResponsibleUnitId, cancellationToken))
        {
            notifications.Add(new Notification(
                officer.Id, kind, Notification.KeyFor(kind, officer.Id, need.Id, occasion), enterpriseName, need.Id, need.DueDate, now));
        }
    }

    /// <summary>Tells the enterprise's own staff about a step on their need; <paramref name="occasion"/> makes the key unique.</summary>
    public Task NotifyEnterpriseAsync(Need need, NotificationKind kind, string enterpriseName, string occasion, CancellationToken cancellationToken) =>
        enterpriseUsers.NotifyAsync(new EnterpriseNotice(need.EnterpriseId, kind, need.Id, occasion, enterpriseName, need.Id), cancellationToken);
}
