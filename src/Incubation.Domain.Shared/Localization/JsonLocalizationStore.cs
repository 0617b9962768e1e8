using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Incubation.Localization;

/// <summary>
/// Reads the ABP-shaped JSON resources (<c>{ "culture": "zh-Hans", "texts": { ... } }</c>) embedded in this assembly,
/// once, and answers texts by culture with fallback to the parent culture and then to the default culture.
/// </summary>
public sealed class JsonLocalizationStore
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _textsByCulture;

    public JsonLocalizationStore()
    {
        var assembly = typeof(JsonLocalizationStore).Assembly;
        var resources = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // Several files may serve one culture (server messages, UI texts); their keys must not collide.
            var file = Read(assembly, name);
            var texts = resources.TryGetValue(file.Culture, out var known) ? known : resources[file.Culture] = new(StringComparer.Ordinal);
            foreach (var (key, text) in file.Texts)
            {
                if (!texts.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"Localisation key {key} is defined twice for {file.Culture}.");
                }
            }
        }

        _textsByCulture = resources.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Cultures => _textsByCulture.Keys;

    public IReadOnlyDictionary<string, string> GetAll(string culture) =>
        _textsByCulture.TryGetValue(ResolveCulture(culture), out var texts) ? texts : FrozenDictionary<string, string>.Empty;

    public string? Find(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_textsByCulture.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return _textsByCulture.TryGetValue(IncubationResource.DefaultCulture, out var fallback)
               && fallback.TryGetValue(key, out var defaultText) ? defaultText : null;
    }

    /// <summary>Maps a requested culture (zh-CN, en-US …) onto one that has a resource file.</summary>
    public string ResolveCulture(string culture)
    {
        for (var c = CultureInfo.GetCultureInfo(culture); !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_textsByCulture.ContainsKey(c.Name))
            {
                return c.Name;
            }
        }

        return IncubationResource.DefaultCulture;
    }

    private static ResourceFile Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"Resource {resourceName} vanished.");
        return JsonSerializer.Deserialize<ResourceFile>(stream, ReadOptions)
               ?? throw new InvalidOperationException($"Resource {resourceName} is empty.");
    }

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}
