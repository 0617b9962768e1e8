using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Incubation;

/// <summary>
/// Checks the X-XSRF-TOKEN header against the antiforgery cookie on every unsafe request (login included), the way
/// MVC's AutoValidateAntiforgeryToken does for views; a failure is a 400 ProblemDetails. The header is required even
/// on form posts (uploads): without it the antiforgery service would read the whole form to look for a token field.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter
{
    public const string ErrorCode = "Incubation:AntiforgeryFailed";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return;
        }

        if (!context.HttpContext.Request.Headers.ContainsKey(XsrfCookie.HeaderName) || !await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            throw new BusinessException(ErrorCode, StatusCodes.Status400BadRequest);
        }
    }
}
