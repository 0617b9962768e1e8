using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Files;

/// <summary>
/// The body limits of an upload, from <c>Files:MaxSizeBytes</c> plus room for the form framing (so the configured
/// limit is the only one to change): a body declared too large is refused at once with the field error, one that
/// grows too large while read fails model binding (400), before it is buffered. Neither ever becomes a 500.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileUploadLimitsAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    private const int MaxFormValues = 16;

    /// <summary>Before the model binding that reads the form, like <c>[RequestSizeLimit]</c>.</summary>
    public int Order => 900;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        var maxSize = http.RequestServices.GetRequiredService<IConfiguration>().GetValue(FileConsts.MaxSizeSetting, FileConsts.DefaultMaxSizeBytes);
        var bodyLimit = maxSize + FileConsts.MultipartOverheadBytes;
        if (http.Request.ContentLength > bodyLimit)
        {
            throw new BusinessException(IncubationErrorCodes.FileTooLarge, StatusCodes.Status400BadRequest, FileConsts.FormatSize(maxSize))
            {
                Field = FileConsts.FileField,
            };
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = bodyLimit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = bodyLimit,
                ValueCountLimit = MaxFormValues,
            }));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
