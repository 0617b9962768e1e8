using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace Incubation.Portal;

/// <summary>
/// A small sum drawn as a distorted SVG, with its answer sealed by ASP.NET Core Data Protection in the token. The
/// server keeps no state until a token is used; a used token is remembered until it would have expired anyway.
/// </summary>
public sealed class RegistrationChallenge(IDataProtectionProvider protection, IMemoryCache spent, TimeProvider clock) : IRegistrationChallenge
{
    /// <summary>The Data Protection purpose; tests open tokens with it to answer as a person would.</summary>
    public const string Purpose = "Incubation.Portal.RegistrationChallenge";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public RegistrationChallengeDto Create()
    {
        var a = RandomNumberGenerator.GetInt32(2, 20);
        var b = RandomNumberGenerator.GetInt32(2, 10);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var token = Protector.Protect($"{a + b}|{nonce}", clock.GetUtcNow() + Lifetime);
        return new RegistrationChallengeDto(token, ChallengeImage.Draw($"{a} + {b} = ?"));
    }

    public bool TryRedeem(string token, string answer)
    {
        string payload;
        try
        {
            payload = Protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return false; // forged, altered or expired
        }

        var parts = payload.Split('|');
        var key = "challenge:" + parts[1];
        if (spent.TryGetValue(key, out _))
        {
            return false;
        }

        spent.Set(key, true, Lifetime);
        return parts[0] == answer;
    }
}

/// <summary>Draws the question with jittered, rotated glyphs over a few noise lines.</summary>
internal static class ChallengeImage
{
    public static string Draw(string text)
    {
        const int width = 160, height = 48;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f5f7fa\"/>");
        for (var i = 0; i < 5; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Rand(0, width)}\" y1=\"{Rand(0, height)}\" x2=\"{Rand(0, width)}\" y2=\"{Rand(0, height)}\" stroke=\"#{Rand(0x90, 0xc0):x2}{Rand(0x90, 0xc0):x2}{Rand(0x90, 0xc0):x2}\" stroke-width=\"1\"/>");
        }

        var x = 12;
        foreach (var glyph in text.Where(c => c != ' '))
        {
            var y = Rand(30, 38);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{y}\" font-family=\"monospace\" font-size=\"{Rand(22, 28)}\" fill=\"#{Rand(0x20, 0x50):x2}{Rand(0x30, 0x60):x2}{Rand(0x60, 0x90):x2}\" transform=\"rotate({Rand(-18, 18)} {x} {y})\">{System.Net.WebUtility.HtmlEncode(glyph.ToString())}</text>");
            x += Rand(17, 22);
        }

        return svg.Append("</svg>").ToString();
    }

    private static int Rand(int from, int to) => RandomNumberGenerator.GetInt32(from, to);
}
