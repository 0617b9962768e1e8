using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using MimeKit;

namespace Incubation.Emailing;

public sealed class EmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "incubation-tests", "mail-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Should_write_a_parseable_eml_with_the_subject_and_recipients_into_the_pickup_folder()
    {
        var sender = SenderFor(new() { ["Email:PickupFolder"] = _folder, ["Email:From"] = "科技局 <bureau@example.org>" });
        Assert.IsType<PickupFolderEmailSender>(sender);

        await sender.SendAsync(new EmailMessage(["zhang@example.com", "Li Si <li@example.com>"], "工作提示函：请按时报送",
            "请于本月底前报送年度数据。", "<p>请于本月底前报送年度数据。</p>"), CancellationToken.None);

        var path = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(".eml", path, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(path);
        Assert.Equal("工作提示函：请按时报送", message.Subject);
        Assert.Equal(["zhang@example.com", "li@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("bureau@example.org", message.From.Mailboxes.Single().Address);
        Assert.Contains("年度数据", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_pick_smtp_when_a_host_is_configured_and_nothing_when_disabled()
    {
        Assert.IsType<SmtpEmailSender>(SenderFor(new() { ["Email:Smtp:Host"] = "smtp.example.org" }));
        Assert.IsType<NullEmailSender>(SenderFor(new() { ["Email:Enabled"] = "false", ["Email:Smtp:Host"] = "smtp.example.org" }));
    }

    [Fact]
    public async Task Should_write_nothing_when_disabled()
    {
        var sender = SenderFor(new() { ["Email:Enabled"] = "false", ["Email:PickupFolder"] = _folder });
        await sender.SendAsync(new EmailMessage(["a@example.com"], "s", "b"), CancellationToken.None);
        Assert.False(Directory.Exists(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The sender the infrastructure registration picks for these settings.</summary>
    private static IEmailSender SenderFor(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddIncubationEntityFrameworkCore(configuration);
        return services.BuildServiceProvider().GetRequiredService<IEmailSender>();
    }
}
