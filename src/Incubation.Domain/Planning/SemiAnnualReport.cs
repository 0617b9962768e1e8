using Incubation.Entities;

namespace Incubation.Planning;

/// <summary>
/// The 半年通报 for one half-year. A draft is recomputed from live data on every view; issuing stores its content
/// (<see cref="Content"/>, JSON) so later data changes never alter an issued report.
/// </summary>
public class SemiAnnualReport : FullAuditedAggregateRoot
{
    private SemiAnnualReport()
    {
    }

    public SemiAnnualReport(Guid id, int year, int half) : base(id)
    {
        Year = year;
        Half = half;
        Status = ReportStatus.Draft;
    }

    public int Year { get; private set; }
    public int Half { get; private set; }
    public ReportStatus Status { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public Guid? IssuedById { get; private set; }

    /// <summary>The report as issued (the DTO serialised); null while a draft.</summary>
    public string? Content { get; private set; }

    public void Issue(string content, DateTime at, Guid? userId)
    {
        if (Status == ReportStatus.Issued)
        {
            throw new BusinessException(IncubationErrorCodes.ReportAlreadyIssued, 409, Year, Half);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        Content = content;
        Status = ReportStatus.Issued;
        IssuedAt = at;
        IssuedById = userId;
    }
}
