using System.Text;

namespace Incubation.ExceptionHandling;

/// <summary>Field paths as the client knows them: <c>Contacts[0].Phone</c> → <c>contacts[0].phone</c>.</summary>
public static class FieldNames
{
    public static string ToCamelCasePath(string path)
    {
        var result = new StringBuilder(path.Length);
        var startOfSegment = true;
        foreach (var c in path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path)
        {
            result.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }

        return result.ToString();
    }
}
