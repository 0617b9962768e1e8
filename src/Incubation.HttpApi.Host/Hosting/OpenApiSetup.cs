using Microsoft.AspNetCore.Mvc.Controllers;

namespace Incubation.Hosting;

internal static class OpenApiSetup
{
    /// <summary>
    /// The OpenAPI document the Angular proxy is generated from (etc/scripts/generate-proxy.sh). Each operation is named
    /// after its controller and action (Enterprise_GetList), so the generated client has one readable method per endpoint.
    /// </summary>
    public static void ConfigureOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi(options => options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
            {
                var name = action.ActionName.EndsWith("Async", StringComparison.Ordinal) ? action.ActionName[..^5] : action.ActionName;
                operation.OperationId = $"{action.ControllerName}_{name}";
            }

            // Binding is case-insensitive; the document names query parameters as the JSON names fields.
            foreach (var parameter in operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>() ?? [])
            {
                if (parameter.In == Microsoft.OpenApi.ParameterLocation.Query && parameter.Name is { Length: > 0 } n)
                {
                    parameter.Name = char.ToLowerInvariant(n[0]) + n[1..];
                }
            }

            MarkRequiredFormFields(operation, context.Description);
            return Task.CompletedTask;
        }));

    /// <summary>
    /// MVC spreads a [FromForm] model (an upload) into one parameter per property, and the document then loses which
    /// fields are required; put them back, so the generated client's upload method requires the file.
    /// </summary>
    private static void MarkRequiredFormFields(Microsoft.OpenApi.OpenApiOperation operation, Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description)
    {
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue("multipart/form-data", out var form)
            || form.Schema is not Microsoft.OpenApi.OpenApiSchema { Properties: { } properties } schema)
        {
            return;
        }

        foreach (var parameter in description.ParameterDescriptions.Where(p => p.IsRequired && properties.ContainsKey(p.Name)))
        {
            (schema.Required ??= new HashSet<string>()).Add(parameter.Name);
        }
    }
}
