namespace Incubation.Emailing;

/// <summary>The <c>Email</c> section: on or off, the sender address, the pickup folder and the optional SMTP server.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>False: nothing is sent or written (the tests run so).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The From address, "Name &lt;address&gt;" or a bare address.</summary>
    public string From { get; set; } = "Incubation <noreply@incubation.local>";

    /// <summary>Where one .eml file per message is written when no SMTP host is set; relative to the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>The <c>Email:Smtp</c> section; setting <see cref="Host"/> switches delivery to SMTP. Credentials come from the environment, never the repository.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>True (default): STARTTLS is required. False: TLS from the first byte on port 465, otherwise none (a trusted relay).</summary>
    public bool StartTls { get; set; } = true;
}
