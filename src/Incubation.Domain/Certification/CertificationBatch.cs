using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// The calendar of one kind's batch in a year (申报批次): when applications open and close, the review, the 公示 and
/// the announcement. Edited by the bureau as the provincial notices come out; drives the reminders and the board.
/// </summary>
public class CertificationBatch : FullAuditedAggregateRoot
{
    private CertificationBatch()
    {
    }

    public CertificationBatch(QualificationKind kind, int year)
        : base(Guid.CreateVersion7())
    {
        Kind = kind;
        Year = year;
    }

    public QualificationKind Kind { get; private set; }
    public int Year { get; private set; }
    public DateOnly? OpensOn { get; private set; }
    public DateOnly? ClosesOn { get; private set; }
    public DateOnly? ReviewOn { get; private set; }
    public DateOnly? PublicityOn { get; private set; }
    public DateOnly? AnnouncementOn { get; private set; }
    public string? Notice { get; private set; }

    public void Schedule(DateOnly? opensOn, DateOnly? closesOn, DateOnly? reviewOn, DateOnly? publicityOn, DateOnly? announcementOn, string? notice)
    {
        (OpensOn, ClosesOn, ReviewOn, PublicityOn, AnnouncementOn) = (opensOn, closesOn, reviewOn, publicityOn, announcementOn);
        Notice = string.IsNullOrWhiteSpace(notice) ? null : notice.Trim();
    }
}
