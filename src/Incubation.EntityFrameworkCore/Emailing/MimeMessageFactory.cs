using MimeKit;

namespace Incubation.Emailing;

/// <summary>Builds the RFC 822 message every transport writes or sends.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(Address(from));
        foreach (var to in message.To)
        {
            mime.To.Add(Address(to));
        }

        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.PlainBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private static MailboxAddress Address(string text) =>
        MailboxAddress.TryParse(text, out var address) ? address : throw new ArgumentException($"Not an email address: {text}", nameof(text));
}
