using System.Globalization;
using Incubation.Localization;

namespace Incubation.Imports;

/// <summary>Every text an import shows exists in both languages: file errors, headers, hints, sheet and file names.</summary>
public class ImportTextsTests
{
    private readonly JsonLocalizationStore _store = new();

    public static TheoryData<string> Keys()
    {
        var kinds = Enum.GetValues<ImportKind>();
        var columns = kinds.SelectMany(ImportColumnSets.For).Distinct().ToList();
        IEnumerable<string> keys =
        [
            .. ImportErrorCodes.All,
            .. columns.Select(c => c.LabelKey),
            .. columns.Select(c => c.HintKey).OfType<string>(),
            .. Enum.GetValues<ImportValueType>().Where(t => t != ImportValueType.QualificationKind).Select(t => "Import:Hint." + t),
            "Import:Hint.QualificationKind",
            .. Enum.GetValues<ImportRequirement>().Select(r => "Import:Requirement." + r),
            .. kinds.Select(k => "Import:Sheet.Data." + k),
            .. kinds.Select(k => "Import:TemplateFileName." + k),
            .. kinds.Select(k => "Import:Kind." + k),
            .. Enum.GetValues<ImportFileFormat>().Select(f => "Import:Format." + f),
            "Permission:Incubation.Imports",
        ];
        var data = new TheoryData<string>();
        foreach (var key in keys.Distinct())
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Should_have_the_text_in_chinese_and_english(string key)
    {
        Assert.NotNull(_store.Find(key, CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.True(_store.GetAll("en").ContainsKey(key), key);
    }
}
