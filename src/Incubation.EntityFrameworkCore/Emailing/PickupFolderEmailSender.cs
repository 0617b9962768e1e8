using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Incubation.Emailing;

/// <summary>
/// The default transport: one .eml file per message in a folder (a mail server's pickup directory, or just a place
/// to read what would have been sent). Written under a temporary name and renamed, so a watcher never sees half a file.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock) : IEmailSender
{
    private readonly string _folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessageFactory.Create(message, options.Value.From);
        Directory.CreateDirectory(_folder);
        var name = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N") + ".eml";
        var temporary = Path.Combine(_folder, name + ".partial");
        try
        {
            await mime.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(_folder, name));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
