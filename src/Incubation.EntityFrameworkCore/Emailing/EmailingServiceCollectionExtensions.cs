using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Emailing;

internal static class EmailingServiceCollectionExtensions
{
    /// <summary>The one place that picks the transport: off, SMTP when a host is configured, else the pickup folder.</summary>
    public static IServiceCollection AddIncubationEmailing(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (!options.Enabled)
        {
            services.AddSingleton<IEmailSender, NullEmailSender>();
        }
        else if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }

        return services;
    }
}
