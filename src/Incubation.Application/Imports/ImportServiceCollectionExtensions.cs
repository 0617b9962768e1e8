using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Imports;

public static class ImportServiceCollectionExtensions
{
    /// <summary>The import module; its importers hold one run's state, so they are scoped (one request, one run).</summary>
    public static IServiceCollection AddImports(this IServiceCollection services) => services
        .AddScoped<ImportReferenceData>()
        .AddScoped<ImportTemplateWriter>()
        .AddScoped<IRowImporter, EnterpriseRowImporter>()
        .AddScoped<IRowImporter, YearlyDataRowImporter>()
        .AddScoped<IRowImporter, QualificationRowImporter>()
        .AddScoped<IImportAppService, ImportAppService>();
}
