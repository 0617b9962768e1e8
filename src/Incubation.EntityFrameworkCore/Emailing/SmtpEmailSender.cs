using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Incubation.Emailing;

/// <summary>Sends through the SMTP server of <c>Email:Smtp</c>, one connection per message.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var security = smtp.StartTls ? SecureSocketOptions.StartTls
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;

        using var client = new SmtpClient();
        // Registered only when Email:Smtp:Host is set (EmailingServiceCollectionExtensions).
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(MimeMessageFactory.Create(message, settings.From), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
