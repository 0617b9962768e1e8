using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Incubation.Enterprises;

/// <summary>The per-figure sources as one JSON text column, the same on every provider.</summary>
internal static class FigureSourcesJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static readonly ValueConverter<IReadOnlyDictionary<string, FigureSource>, string> Converter = new(
        v => JsonSerializer.Serialize(v, Json),
        v => JsonSerializer.Deserialize<Dictionary<string, FigureSource>>(v, Json) ?? new Dictionary<string, FigureSource>());

    // The domain replaces the dictionary on every change, so comparing the serialised text is exact and cheap enough.
    public static readonly ValueComparer<IReadOnlyDictionary<string, FigureSource>> Comparer = new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
        v => v);
}
