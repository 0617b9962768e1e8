using Incubation.Data;

namespace Incubation.Visits;

/// <summary>Adds the starting list of policy topics; topics the bureau has since edited are left alone.</summary>
public sealed class PolicyTopicSeedContributor(IRepository<PolicyTopic> topics, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 1;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var known = topics.Query().Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var row in ReferenceData.PolicyTopics().Where(r => !known.Contains(r.Code)))
        {
            topics.Add(new PolicyTopic(row.Code, row.Name, row.SortOrder));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
