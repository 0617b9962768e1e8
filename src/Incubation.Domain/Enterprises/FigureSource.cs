using System.Text.Json;

namespace Incubation.Enterprises;

/// <summary>Where one figure came from and when: so a reader knows whether to trust it (self-reported vs verified).</summary>
public sealed record FigureSource(DataProvenance Provenance, DateTime At);

/// <summary>Keeps each figure's source in step with its value: a changed or new figure takes the writer's provenance.</summary>
internal static class FigureSources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, FigureSource> Track(
        IReadOnlyDictionary<string, FigureSource> current, YearlyFigures before, YearlyFigures after, DataProvenance provenance, DateTime at)
    {
        var old = JsonSerializer.SerializeToElement(before, Json);
        var sources = new Dictionary<string, FigureSource>(current, StringComparer.Ordinal);
        foreach (var figure in JsonSerializer.SerializeToElement(after, Json).EnumerateObject())
        {
            if (figure.Value.ValueKind == JsonValueKind.Null)
            {
                sources.Remove(figure.Name);
                continue;
            }

            var unchanged = old.TryGetProperty(figure.Name, out var previous) && previous.GetRawText() == figure.Value.GetRawText();
            if (!unchanged || !sources.ContainsKey(figure.Name))
            {
                sources[figure.Name] = new FigureSource(provenance, at);
            }
        }

        return sources;
    }

    /// <summary>Every figure present becomes verified by the bureau at <paramref name="at"/>.</summary>
    public static Dictionary<string, FigureSource> Verified(IReadOnlyDictionary<string, FigureSource> current, DateTime at) =>
        current.ToDictionary(kv => kv.Key, _ => new FigureSource(DataProvenance.VerifiedByBureau, at), StringComparer.Ordinal);
}
