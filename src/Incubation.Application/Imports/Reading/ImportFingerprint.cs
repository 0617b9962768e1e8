using System.Security.Cryptography;

namespace Incubation.Imports;

/// <summary>The SHA-256 of a file's bytes: what the preview checked, so the commit can insist on the same file.</summary>
public static class ImportFingerprint
{
    public static string Compute(Stream content)
    {
        content.Position = 0;
        var hash = SHA256.HashData(content);
        content.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
