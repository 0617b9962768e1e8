using Incubation.Planning.KeyTasks;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The key tasks, the units' progress notes and the 半年通报 (the indicator calculator is registered with the dashboard).</summary>
    public static IServiceCollection AddKeyTasksAndReports(this IServiceCollection services) => services
        .AddScoped<TaskProgressSheet>()
        .AddScoped<IKeyTaskAppService, KeyTaskAppService>()
        .AddScoped<UnitNeedFigures>()
        .AddScoped<SemiAnnualReportBuilder>()
        .AddScoped<ISemiAnnualReportAppService, SemiAnnualReportAppService>();
}
