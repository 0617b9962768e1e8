using Microsoft.Extensions.FileProviders;

namespace Incubation.Hosting;

internal static class SpaHosting
{
    public const string RootPathKey = "Spa:RootPath";

    /// <summary>Serves the built Angular app's files; returns its file provider, or null when the app is not built.</summary>
    public static PhysicalFileProvider? UseAngularFiles(this WebApplication app)
    {
        var configured = app.Configuration[RootPathKey] ?? "../../angular/dist/incubation/browser";
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, configured));
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("The Angular app is not built at {Root}; only the API is served", root);
            return null;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return files;
    }

    /// <summary>Deep links (/enterprises/…) get index.html; unknown /api paths stay 404.</summary>
    public static void MapAngularFallback(this WebApplication app, PhysicalFileProvider? files)
    {
        if (files is not null)
        {
            app.MapFallbackToFile("{*path:regex(^(?!api/|openapi/|health).*$)}", "index.html", new StaticFileOptions { FileProvider = files })
                .AllowAnonymous();
        }
    }
}
