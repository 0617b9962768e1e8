using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Identity;
using Incubation.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Visits;

/// <summary>The caller's own notifications (the query is on the recipient: nobody reads another's).</summary>
public sealed class NotificationAppService(
    IRepository<Notification> notifications,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<IncubationResource> localizer,
    VisitValidators validators) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken)
    {
        await validators.Notifications.ValidateAndThrowAsync(input, cancellationToken);
        var query = Mine();
        if (input.UnreadOnly == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<NotificationDto>(total, items.Select(n => new NotificationDto(
            n.Id, n.Kind, localizer[$"Notification:{n.Kind}"], n.Subject, n.NeedId, n.DueDate, n.CreatedAt, n.ReadAt != null)).ToList());
    }

    public async Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken) =>
        new(await Mine().CountAsync(n => n.ReadAt == null, cancellationToken));

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await Mine().AsTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await Mine().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Mine()
    {
        var userId = currentUser.Id ?? throw new AuthorizationException(false);
        return notifications.Query().AsNoTracking().Where(n => n.RecipientUserId == userId);
    }
}
