using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;
using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Validation;

public static class ValidationLocalization
{
    /// <summary>Shows a field under its localised label (<paramref name="key"/>) in the messages.</summary>
    public static IRuleBuilderOptions<T, TProperty> Named<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, IStringLocalizer<IncubationResource> localizer, string key) =>
        rule.WithName(_ => localizer[key]);

    /// <summary>FluentValidation's built-in texts exist for zh-CN; the app's culture is zh-Hans.</summary>
    public static void UseIncubationCultures() => ValidatorOptions.Global.LanguageManager = new IncubationLanguageManager();

    private sealed class IncubationLanguageManager : LanguageManager
    {
        private static readonly CultureInfo SimplifiedChinese = CultureInfo.GetCultureInfo("zh-CN");

        public override string GetString(string key, CultureInfo? culture = null)
        {
            culture ??= CultureInfo.CurrentUICulture;
            return base.GetString(key, culture.Name.StartsWith("zh-Hans", StringComparison.Ordinal) || culture.Name == "zh" ? SimplifiedChinese : culture);
        }
    }
}
