using Incubation.Entities;

namespace Incubation.Platforms;

/// <summary>
/// A 科技成果转化项目 the district supports (plan task 11: at least 10 funded a year). It counts for the year it
/// was funded in, from the day it was funded, unless terminated.
/// </summary>
public class TechTransferProject : FullAuditedAggregateRoot
{
    private TechTransferProject()
    {
    }

    public TechTransferProject(Guid id, TechTransferDescription description) : base(id) => Describe(description);

    public int Year { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string Title { get; private set; } = string.Empty;

    /// <summary>The amount the district funded, in yuan.</summary>
    public decimal? AmountFunded { get; private set; }
    public DateOnly? FundedOn { get; private set; }
    public TechTransferStatus Status { get; private set; }
    public string? Note { get; private set; }

    public void Describe(TechTransferDescription d)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Title);
        Year = d.Year;
        EnterpriseId = d.EnterpriseId;
        Title = d.Title.Trim();
        AmountFunded = d.AmountFunded;
        FundedOn = d.FundedOn;
        Status = d.Status;
        Note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
    }
}

public sealed record TechTransferDescription(
    int Year,
    Guid EnterpriseId,
    string Title,
    decimal? AmountFunded,
    DateOnly? FundedOn,
    TechTransferStatus Status,
    string? Note);
