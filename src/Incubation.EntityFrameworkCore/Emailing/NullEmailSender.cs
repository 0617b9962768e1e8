using Microsoft.Extensions.Logging;

namespace Incubation.Emailing;

/// <summary>Email switched off (<c>Email:Enabled</c> false): messages are dropped, with a debug line.</summary>
public sealed class NullEmailSender(ILogger<NullEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogDebug("Email is disabled: not sending \"{Subject}\" to {Count} recipient(s)", message.Subject, message.To.Count);
        return Task.CompletedTask;
    }
}
