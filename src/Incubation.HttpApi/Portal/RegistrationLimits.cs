using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Incubation.Portal;

/// <summary>How many registrations one address, and one credit code, may make in a window (Portal:Registration).</summary>
public sealed class RegistrationLimitOptions
{
    public const string Section = "Portal:Registration";

    public int PermitsPerAddress { get; set; } = 10;
    public int PermitsPerCreditCode { get; set; } = 3;
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The per-code limit: counts attempts for a code whether or not the registry holds it, so hitting the limit tells
/// nothing about the registry. (The per-address limit is ASP.NET Core's rate-limiting middleware.)
/// </summary>
public sealed class CreditCodeThrottle(IOptions<RegistrationLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(code =>
        RateLimitPartition.GetFixedWindowLimiter(code, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerCreditCode,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    public bool TryAcquire(string creditCode)
    {
        using var lease = limiter.AttemptAcquire(Enterprises.UnifiedSocialCreditCode.Normalize(creditCode));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
