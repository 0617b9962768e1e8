namespace Incubation.Enterprises;

/// <summary>
/// A credit code accepted for storage: either valid, or failing only its check digit with a stated reason
/// (domain-rules §7.5: a few real early-pilot codes fail it). A malformed code can never be built.
/// </summary>
public sealed record CreditCode
{
    private CreditCode(string value, string? overrideReason)
    {
        Value = value;
        OverrideReason = overrideReason;
    }

    public string Value { get; }
    public string? OverrideReason { get; }

    /// <summary>Returns null when the code cannot be accepted (malformed, or a mismatch without a reason).</summary>
    public static CreditCode? TryCreate(string? raw, string? overrideReason)
    {
        var value = UnifiedSocialCreditCode.Normalize(raw);
        return UnifiedSocialCreditCode.Check(value) switch
        {
            CreditCodeCheckResult.Valid => new CreditCode(value, null),
            CreditCodeCheckResult.ChecksumMismatch when !string.IsNullOrWhiteSpace(overrideReason) =>
                new CreditCode(value, overrideReason.Trim()),
            _ => null,
        };
    }

    public static CreditCode Create(string? raw, string? overrideReason = null) =>
        TryCreate(raw, overrideReason) ?? throw new ArgumentException($"'{raw}' is not an acceptable credit code.", nameof(raw));
}
