using System.Globalization;
using System.Text;

namespace Incubation.Enterprises;

/// <summary>
/// Makes valid but invented credit codes (domain-rules §7.5: never invent a real-looking 贵阳 code without marking
/// it synthetic). Deterministic for a given <see cref="Random"/>, so demo data and tests are reproducible.
/// </summary>
public static class SyntheticCreditCodes
{
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A code of the form 91 + region + organisation code (with its GB 11714 check) + check character.</summary>
    public static string Next(Random random, string regionCode = "520103")
    {
        var orgBody = new StringBuilder(8);
        for (var i = 0; i < 8; i++)
        {
            orgBody.Append((char)('0' + random.Next(10)));
        }

        var first17 = "91" + regionCode + orgBody + OrgCheckCharacter(orgBody.ToString());
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>GB 11714-1997 check character of an 8-character organisation code body (digits and A–Z).</summary>
    public static char OrgCheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => check.ToString(CultureInfo.InvariantCulture)[0],
        };
    }
}
