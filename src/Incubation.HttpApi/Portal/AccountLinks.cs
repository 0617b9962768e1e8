using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Incubation.Portal;

/// <summary>
/// Absolute links to the Angular pages that finish an account step. The base is App:SelfUrl when set (behind a
/// proxy), else the request's own origin. In Development the link is also logged, to follow without a mail server.
/// </summary>
public sealed class AccountLinks(
    IHttpContextAccessor accessor, IConfiguration configuration, IHostEnvironment environment, ILogger<AccountLinks> logger) : IAccountLinks
{
    public string ConfirmEmail(Guid userId, string token) => Build("/register/confirm", userId, token);

    public string SetPassword(Guid userId, string token) => Build("/register/set-password", userId, token);

    private string Build(string path, Guid userId, string token)
    {
        var request = accessor.HttpContext?.Request;
        var origin = configuration["App:SelfUrl"]?.TrimEnd('/')
                     ?? (request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}");
        var link = QueryHelpers.AddQueryString(origin + path, new Dictionary<string, string?>
        {
            ["userId"] = userId.ToString(),
            ["token"] = token,
        });
        if (environment.IsDevelopment())
        {
            logger.LogInformation("Account link for user {UserId}: {Link}", userId, link);
        }

        return link;
    }
}
