using Incubation.Data;
using Incubation.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>
/// In-app notifications for an enterprise's own staff: its active users holding the EnterpriseUser role, i.e. exactly
/// those whose data scope is that enterprise (so what they are told about, they may open). The caller saves them
/// with its own change.
/// </summary>
public sealed class EnterpriseUsersNotifier(
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IRepository<Notification> notifications,
    TimeProvider clock)
{
    /// <summary>The staff of the given enterprises, one row per user.</summary>
    public async Task<IReadOnlyList<EnterpriseUserRef>> UsersOfAsync(IReadOnlyCollection<Guid> enterpriseIds, CancellationToken cancellationToken) =>
        await (
                from user in users.Query().AsNoTracking()
                join link in userRoles.Query() on user.Id equals link.UserId
                join role in roles.Query() on link.RoleId equals role.Id
                where role.Name == IncubationRoles.EnterpriseUser && user.IsActive
                      && user.EnterpriseId != null && enterpriseIds.Contains(user.EnterpriseId.Value)
                orderby user.Id
                select new EnterpriseUserRef(user.Id, user.EnterpriseId!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>Tells the enterprise's staff; the notice's occasion keeps one event from being told twice.</summary>
    public async Task NotifyAsync(EnterpriseNotice notice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var user in await UsersOfAsync([notice.EnterpriseId], cancellationToken))
        {
            notifications.Add(new Notification(
                user.UserId, notice.Kind, Notification.KeyFor(notice.Kind, user.UserId, notice.SubjectId, notice.Occasion),
                notice.Subject, notice.NeedId, notice.DueDate, now));
        }
    }
}

/// <summary>One user of an enterprise.</summary>
public sealed record EnterpriseUserRef(Guid UserId, Guid EnterpriseId);

/// <summary>What to tell an enterprise's staff: <paramref name="SubjectId"/> and <paramref name="Occasion"/> make the dedup key.</summary>
public sealed record EnterpriseNotice(
    Guid EnterpriseId, NotificationKind Kind, Guid SubjectId, string Occasion, string Subject, Guid? NeedId = null, DateOnly? DueDate = null);
