using Incubation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Visits;

/// <summary>The signed-in user's own notifications (no permission beyond being signed in).</summary>
[ApiController]
[Route("api/app/notifications")]
[Authorize]
public sealed class NotificationController(INotificationAppService notifications) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<NotificationDto>> GetListAsync([FromQuery] GetNotificationListInput input, CancellationToken cancellationToken) =>
        notifications.GetListAsync(input, cancellationToken);

    [HttpGet("unread-count")]
    public Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken) => notifications.GetUnreadCountAsync(cancellationToken);

    [HttpPost("{id:guid}/read")]
    public Task MarkReadAsync(Guid id, CancellationToken cancellationToken) => notifications.MarkReadAsync(id, cancellationToken);

    [HttpPost("read-all")]
    public Task MarkAllReadAsync(CancellationToken cancellationToken) => notifications.MarkAllReadAsync(cancellationToken);
}
