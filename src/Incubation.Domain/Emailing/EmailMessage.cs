namespace Incubation.Emailing;

/// <summary>One message to one or more recipients: a plain-text body and, optionally, an HTML alternative.</summary>
public sealed record EmailMessage
{
    public EmailMessage(IReadOnlyList<string> to, string subject, string plainBody, string? htmlBody = null)
    {
        if (to.Count == 0 || to.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A message needs at least one recipient, and no blank one.", nameof(to));
        }

        To = to;
        Subject = subject;
        PlainBody = plainBody;
        HtmlBody = htmlBody;
    }

    public IReadOnlyList<string> To { get; }
    public string Subject { get; }
    public string PlainBody { get; }
    public string? HtmlBody { get; }
}
