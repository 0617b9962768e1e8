using Incubation.Data;
using Incubation.Visits;

namespace Incubation.Portal;

/// <summary>In-app notifications of the portal's decisions, added for the caller to save with the decision.</summary>
public sealed class PortalNotifier(IRepository<Notification> notifications, TimeProvider clock)
{
    public void Notify(Guid recipientUserId, NotificationKind kind, Guid subjectId, string subject) =>
        notifications.Add(new Notification(recipientUserId, kind, Notification.KeyFor(kind, recipientUserId, subjectId, "decided"),
            subject, needId: null, dueDate: null, clock.GetUtcNow().UtcDateTime));
}
