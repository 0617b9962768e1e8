namespace Incubation.Emailing;

/// <summary>
/// Sends email. Which transport (pickup folder, SMTP, none) is chosen once, from configuration, where the
/// infrastructure registers it; callers never know.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
