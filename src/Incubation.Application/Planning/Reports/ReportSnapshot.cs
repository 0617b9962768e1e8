using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incubation.Planning.Reports;

/// <summary>
/// An issued report's stored content: the report DTO as JSON, with names and numbers in it (never ids to look up
/// again), so reading it back needs nothing that later edits could change.
/// </summary>
internal static class ReportSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(SemiAnnualReportDto report) => JsonSerializer.Serialize(report, Options);

    public static SemiAnnualReportDto Read(string content) =>
        JsonSerializer.Deserialize<SemiAnnualReportDto>(content, Options)
        ?? throw new InvalidOperationException("An issued report without content.");
}
