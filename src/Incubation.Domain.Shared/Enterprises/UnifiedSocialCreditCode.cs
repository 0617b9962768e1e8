namespace Incubation.Enterprises;

public enum CreditCodeCheckResult
{
    Valid,
    /// <summary>Wrong length or a character outside the GB 32100 alphabet: always refused.</summary>
    Malformed,
    /// <summary>Well formed but the 18th character is not the mod-31 check digit; a few early pilot codes are like this.</summary>
    ChecksumMismatch,
}

/// <summary>
/// The 统一社会信用代码 of GB 32100-2015 (domain-rules §7): 18 characters from a 31-character alphabet,
/// characters 3–8 digits only, the last one a mod-31 check character.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases what a person typed; the stored form.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static CreditCodeCheckResult Check(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return CreditCodeCheckResult.Malformed;
        }

        for (var i = 0; i < Length; i++)
        {
            var isRegionPart = i is >= 2 and <= 7;
            if (isRegionPart ? !char.IsAsciiDigit(code[i]) : Alphabet.IndexOf(code[i]) < 0)
            {
                return CreditCodeCheckResult.Malformed;
            }
        }

        return code[17] == ComputeCheckCharacter(code.AsSpan(0, 17))
            ? CreditCodeCheckResult.Valid
            : CreditCodeCheckResult.ChecksumMismatch;
    }

    /// <summary>The check character for the first 17 characters (which must be in the alphabet).</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a credit-code character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
