using Incubation.Data;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>Adds in-app notifications for the officers of a unit (the caller saves them with its own change).</summary>
public sealed class NeedNotifier(IRepository<AppUser> users, IRepository<Notification> notifications, TimeProvider clock)
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
}
