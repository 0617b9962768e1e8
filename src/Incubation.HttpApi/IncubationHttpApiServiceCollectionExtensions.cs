using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

public static class IncubationHttpApiServiceCollectionExtensions
{
    /// <summary>The API controllers, JSON conventions and antiforgery on every unsafe request.</summary>
    public static IMvcBuilder AddIncubationHttpApi(this IServiceCollection services) =>
        services.AddControllers(options => options.Filters.Add<AntiforgeryFilter>())
            .AddApplicationPart(typeof(IncubationHttpApiServiceCollectionExtensions).Assembly)
            .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
