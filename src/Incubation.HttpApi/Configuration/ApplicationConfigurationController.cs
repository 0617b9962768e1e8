using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Configuration;

/// <summary>The UI's start-up call; it also hands the browser a fresh XSRF-TOKEN cookie for the current identity.</summary>
[ApiController]
[Route("api/app/application-configuration")]
[AllowAnonymous]
public sealed class ApplicationConfigurationController(
    IApplicationConfigurationAppService configuration, IAntiforgery antiforgery) : ControllerBase
{
    [HttpGet]
    public Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken)
    {
        XsrfCookie.Issue(HttpContext, antiforgery);
        return configuration.GetAsync(cancellationToken);
    }
}
