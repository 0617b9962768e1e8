using Incubation.Calendar;

namespace Incubation.Data;

/// <summary>Reads the reference TSV files embedded in this assembly (copied from the project's shared data).</summary>
public static class ReferenceData
{
    public static IEnumerable<SubDistrictRow> SubDistricts() =>
        ReadRows("yunyan_subdistricts.tsv").Select(c => new SubDistrictRow(c[0], c[1], c[2]));

    public static IEnumerable<TechFieldRow> TechFields() =>
        ReadRows("tech_fields.tsv").Select(c => new TechFieldRow(
            c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), c[2].Length == 0 ? null : c[2], c[3]));

    public static IEnumerable<ResponsibleUnitRow> ResponsibleUnits() =>
        ReadRows("responsible_units.tsv").Select(c => new ResponsibleUnitRow(c[0], c[1]));

    /// <summary>The policies officers explain on visits (a starting list; the bureau maintains it).</summary>
    public static IEnumerable<PolicyTopicRow> PolicyTopics() =>
        ReadRows("policy_topics.tsv").Select(c => new PolicyTopicRow(c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The State Council's holidays and make-up working days (国务院办公厅 notices), one row per day.</summary>
    public static IEnumerable<PublicHolidayRow> PublicHolidays() =>
        ReadRows("public_holidays.tsv").Select(c => new PublicHolidayRow(
            DateOnly.ParseExact(c[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<CalendarDayKind>(c[1]), c[2]));

    /// <summary>The plan's 15 key tasks (重点任务) with the responsible units it names (section 二).</summary>
    public static IEnumerable<KeyTaskRow> KeyTasks() =>
        ReadRows("key_tasks.tsv").Select(c => new KeyTaskRow(
            int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), c[1], c[2], c[3],
            c[4].Split(',', StringSplitOptions.RemoveEmptyEntries), c.Length > 5 && c[5].Length > 0 ? c[5] : null));

    /// <summary>Word lists for the synthetic demo data set, by kind (region, brand, trade, suffix, surname …).</summary>
    public static ILookup<string, string> DemoNames() =>
        ReadRows("demo_names.tsv").ToLookup(c => c[0], c => c[1]);

    private static List<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}

public sealed record SubDistrictRow(string Code, string Name, string Kind);

public sealed record TechFieldRow(string Code, int Level, string? ParentCode, string Name);

public sealed record ResponsibleUnitRow(string Name, string Kind);

public sealed record PolicyTopicRow(string Code, string Name, int SortOrder);

public sealed record PublicHolidayRow(DateOnly Date, CalendarDayKind Kind, string Name);

public sealed record KeyTaskRow(int Number, string Section, string Title, string Text, IReadOnlyList<string> UnitNames, string? OtherResponsible);
