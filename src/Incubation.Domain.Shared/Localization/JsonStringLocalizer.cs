using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Incubation.Localization;

/// <summary>An <see cref="IStringLocalizer"/> over <see cref="JsonLocalizationStore"/> for the current UI culture.</summary>
public sealed class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer<IncubationResource>
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.GetAll(CultureInfo.CurrentUICulture.Name).Select(kv => new LocalizedString(kv.Key, kv.Value));
}
