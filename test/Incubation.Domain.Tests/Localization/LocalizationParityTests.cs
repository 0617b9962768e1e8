using System.Globalization;
using Incubation.Localization;

namespace Incubation.Localization;

public class LocalizationParityTests
{
    private readonly JsonLocalizationStore _store = new();

    [Fact]
    public void Should_have_the_same_keys_in_chinese_and_english()
    {
        var zh = _store.GetAll("zh-Hans").Keys.ToHashSet();
        var en = _store.GetAll("en").Keys.ToHashSet();
        Assert.NotEmpty(zh);
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    [Fact]
    public void Should_have_a_text_for_every_error_code()
    {
        var codes = typeof(IncubationErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(codes, code => Assert.NotNull(_store.Find(code, CultureInfo.GetCultureInfo("zh-Hans"))));
    }

    [Fact]
    public void Should_fall_back_from_a_regional_culture() =>
        Assert.Equal(_store.Find("Enterprise:Name", CultureInfo.GetCultureInfo("en")), _store.Find("Enterprise:Name", CultureInfo.GetCultureInfo("en-US")));

    [Fact]
    public void Should_default_to_chinese() => Assert.Equal("zh-Hans", _store.ResolveCulture("fr-FR"));
}
