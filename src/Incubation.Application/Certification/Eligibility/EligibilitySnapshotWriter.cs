using System.Text.Json;
using System.Text.Json.Serialization;
using Incubation.Data;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification.Eligibility;

/// <summary>Keeps the latest result per enterprise and kind for the ranked lists; the caller saves.</summary>
public sealed class EligibilitySnapshotWriter(IRepository<EligibilitySnapshot> snapshots, TimeProvider clock)
{
    public const int TopGapCount = 3;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task WriteAsync(Guid enterpriseId, DateOnly asOf, IReadOnlyList<KindAssessment> results, CancellationToken cancellationToken)
    {
        var existing = await snapshots.Query().Where(s => s.EnterpriseId == enterpriseId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var result in results)
        {
            var snapshot = existing.FirstOrDefault(s => s.Kind == result.Kind);
            if (snapshot is null)
            {
                snapshot = new EligibilitySnapshot(enterpriseId, result.Kind);
                snapshots.Add(snapshot);
            }

            snapshot.Record(result, asOf, JsonSerializer.Serialize(TopGaps(result), Json), now);
        }
    }

    /// <summary>The failed conditions, those stating a gap first: what the bureau would push on.</summary>
    public static IReadOnlyList<CriterionResult> TopGaps(KindAssessment result) =>
        result.Verdict == EligibilityVerdict.Eligible ? [] : result.Criteria.Where(c => c.IsCondition && c.Passed == false)
            .OrderBy(c => c.Gap is null)
            .Take(TopGapCount)
            .ToList();

    public static IReadOnlyList<CriterionResult> ReadGaps(string json) =>
        JsonSerializer.Deserialize<List<CriterionResult>>(json, Json) ?? [];
}
