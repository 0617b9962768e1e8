using Incubation.Emailing;
using Incubation.Identity;
using Incubation.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Incubation.Portal;

/// <summary>
/// The emails of the portal's accounts, in the language of the request that causes them. A failing mail server
/// does not undo the change it reports: the failure is logged, and the bureau sees the address unconfirmed.
/// </summary>
public sealed class AccountEmails(
    UserManager<AppUser> users,
    IEmailSender sender,
    IAccountLinks links,
    IStringLocalizer<IncubationResource> l,
    ILogger<AccountEmails> logger)
{
    public async Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken)
    {
        var link = links.ConfirmEmail(user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        await SendAsync(user, l["Email:ConfirmSubject"], l["Email:ConfirmBody", user.DisplayName ?? string.Empty, link], cancellationToken);
    }

    public async Task SendInvitationAsync(AppUser user, string enterpriseName, CancellationToken cancellationToken)
    {
        var link = links.SetPassword(user.Id, await users.GeneratePasswordResetTokenAsync(user));
        await SendAsync(user, l["Email:InvitationSubject", enterpriseName],
            l["Email:InvitationBody", user.DisplayName ?? string.Empty, enterpriseName, link], cancellationToken);
    }

    public Task SendDecisionAsync(AppUser user, bool approved, string? reason, CancellationToken cancellationToken) =>
        approved
            ? SendAsync(user, l["Email:RegistrationApprovedSubject"], l["Email:RegistrationApprovedBody", user.DisplayName ?? string.Empty], cancellationToken)
            : SendAsync(user, l["Email:RegistrationRejectedSubject"], l["Email:RegistrationRejectedBody", user.DisplayName ?? string.Empty, reason ?? string.Empty], cancellationToken);

    private async Task SendAsync(AppUser user, string subject, string body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return;
        }

        try
        {
            await sender.SendAsync(new EmailMessage([user.Email], subject, body), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Account email to user {UserId} could not be sent", user.Id);
        }
    }
}
