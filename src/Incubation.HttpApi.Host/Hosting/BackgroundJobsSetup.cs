using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.InMemory;
using Incubation.EntityFrameworkCore;
using Incubation.Visits;

namespace Incubation.Hosting;

/// <summary>
/// Scheduled work on Hangfire, stored in the application's PostgreSQL or SQL Server database (each storage creates
/// its own tables), so several hosts share one schedule and its locks. On the embedded SQLite database (one host:
/// first run, demo) the schedule is kept in memory: the SQLite storage served here needs a second, incompatible
/// SQLite native library. Nothing is lost either way: the jobs are idempotent and keep their state in our tables.
/// Off with <c>BackgroundJobs:Enabled=false</c> (the tests run the jobs directly).
/// </summary>
internal static class BackgroundJobsSetup
{
    public const string EnabledKey = "BackgroundJobs:Enabled";
    public const string NeedRemindersCronKey = "BackgroundJobs:NeedRemindersCron";
    public const string NeedRemindersJobId = "need-reminders";
    public const string EligibilityCronKey = "BackgroundJobs:EligibilityRefreshCron";
    public const string EligibilityJobId = "eligibility-refresh";
    public const string CertificationRemindersJobId = "certification-reminders";

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
            switch (provider)
            {
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString));
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString);
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        builder.Services.AddHangfireServer(options => options.WorkerCount = 2);
    }

    /// <summary>Registers (or updates) the recurring jobs, China time: the need reminders every morning, the eligibility snapshots every night.</summary>
    public static void MapBackgroundJobs(this WebApplication app)
    {
        if (!app.Configuration.GetValue(EnabledKey, true) || DatabaseStartup.IsBuildTimeDocumentGeneration())
        {
            return;
        }

        var chinaTime = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") };
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<NeedReminderRecurringJob>(
            NeedRemindersJobId, job => job.RunAsync(CancellationToken.None), app.Configuration[NeedRemindersCronKey] ?? "0 8 * * *", chinaTime);
        jobs.AddOrUpdate<CertificationReminderRecurringJob>(
            CertificationRemindersJobId, job => job.RunAsync(CancellationToken.None), app.Configuration[NeedRemindersCronKey] ?? "0 8 * * *", chinaTime);
        jobs.AddOrUpdate<EligibilityRefreshRecurringJob>(
            EligibilityJobId, job => job.RunAsync(CancellationToken.None), app.Configuration[EligibilityCronKey] ?? "30 2 * * *", chinaTime);
    }
}

/// <summary>Hangfire's entry to the reminder job; never two at once across hosts (the job is idempotent anyway).</summary>
public sealed class NeedReminderRecurringJob(NeedReminderJob job)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task<NeedReminderRunResult> RunAsync(CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}

/// <summary>Hangfire's entry to the nightly eligibility refresh (the candidate lists read its snapshots).</summary>
public sealed class EligibilityRefreshRecurringJob(Certification.Eligibility.EligibilityRefreshJob job, TimeProvider clock)
{
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 2)]
    public Task<Certification.EligibilityRefreshResultDto> RunAsync(CancellationToken cancellationToken) =>
        job.RunAsync(ChinaTime.Today(clock), cancellationToken);
}

/// <summary>Hangfire's entry to the 高企 expiry and annual-report reminders (idempotent by notification key).</summary>
public sealed class CertificationReminderRecurringJob(Certification.CertificationReminderJob job)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task<Certification.CertificationReminderRunResult> RunAsync(CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}
