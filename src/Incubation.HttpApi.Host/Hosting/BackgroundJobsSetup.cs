using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Incubation.EntityFrameworkCore;
using Incubation.Visits;
using Microsoft.Data.Sqlite;

namespace Incubation.Hosting;

/// <summary>
/// Scheduled work on Hangfire, stored in the application's own database (each storage creates its own tables).
/// Several hosts may run: Hangfire's storage lock fires a recurring job once, and the job itself is idempotent.
/// Off with <c>BackgroundJobs:Enabled=false</c> (the tests run the jobs directly).
/// </summary>
internal static class BackgroundJobsSetup
{
    public const string EnabledKey = "BackgroundJobs:Enabled";
    public const string NeedRemindersCronKey = "BackgroundJobs:NeedRemindersCron";
    public const string NeedRemindersJobId = "need-reminders";

    public static void ConfigureBackgroundJobs(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue(EnabledKey, true))
        {
            return;
        }

        var provider = builder.Configuration.GetValue(DatabaseProviderConfiguration.ProviderKey, DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(DatabaseProviderConfiguration.ConnectionStringName)
                               ?? DatabaseProviderConfiguration.DefaultSqliteConnectionString;
        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            _ = provider switch
            {
                DatabaseProvider.PostgreSql => config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString)),
                DatabaseProvider.SqlServer => config.UseSqlServerStorage(connectionString),
                _ => config.UseSQLiteStorage(new SqliteConnectionStringBuilder(connectionString).DataSource),
            };
        });
        builder.Services.AddHangfireServer(options => options.WorkerCount = 2);
    }

    /// <summary>Registers (or updates) the recurring jobs: the need reminders every morning, China time.</summary>
    public static void MapBackgroundJobs(this WebApplication app)
    {
        if (!app.Configuration.GetValue(EnabledKey, true))
        {
            return;
        }

        var cron = app.Configuration[NeedRemindersCronKey] ?? "0 8 * * *";
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<NeedReminderRecurringJob>(
            NeedRemindersJobId, job => job.RunAsync(CancellationToken.None), cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.CreateCustomTimeZone("China", ChinaTime.Offset, "China", "China") });
    }
}

/// <summary>Hangfire's entry to the reminder job; never two at once across hosts (the job is idempotent anyway).</summary>
public sealed class NeedReminderRecurringJob(NeedReminderJob job)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task<NeedReminderRunResult> RunAsync(CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}
