using System.Globalization;
using Incubation.ExceptionHandling;
using Incubation.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Incubation.Hosting;

internal static class LocalizationSetup
{
    /// <summary>
    /// zh-Hans unless the user chose otherwise (the culture cookie the language switch sets, or <c>?culture=en</c>
    /// for API clients). The browser's Accept-Language is not consulted: the bureau works in Chinese whatever the
    /// machine's locale. Model-binding errors are localised too.
    /// </summary>
    public static void ConfigureLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = IncubationResource.Cultures.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(IncubationResource.DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        builder.Services.Configure<ApiBehaviorOptions>(options =>
            options.InvalidModelStateResponseFactory = context =>
            {
                // Unreadable JSON or a value of the wrong type: same shape and language as the validators' 400.
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<IncubationResource>>();
                // The action's parameter name ("input") only says that the body as a whole failed; name the fields.
                var fieldErrors = context.ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
                if (fieldErrors.Count > 1)
                {
                    fieldErrors.RemoveAll(e => !e.Key.StartsWith('$') && !e.Key.Contains('.') && context.ActionDescriptor.Parameters.Any(p => p.Name == e.Key));
                }

                var errors = fieldErrors
                    .ToDictionary(
                        e => FieldNames.ToCamelCasePath(e.Key.Length == 0 ? "body" : e.Key),
                        _ => new[] { l["Incubation:InvalidValue"].Value });
                var problem = new ValidationProblemDetails(errors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = l[IncubationErrorCodes.ValidationFailed],
                    Type = IncubationErrorCodes.ValidationFailed,
                };
                problem.Extensions["code"] = IncubationErrorCodes.ValidationFailed;
                return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
            });
    }
}
