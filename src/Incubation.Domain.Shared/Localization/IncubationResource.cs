namespace Incubation.Localization;

/// <summary>Marker type of the application's one localisation resource (JSON files under Localization/Incubation).</summary>
public sealed class IncubationResource
{
    public const string DefaultCulture = "zh-Hans";
    public static readonly IReadOnlyList<string> Cultures = ["zh-Hans", "en"];
}
