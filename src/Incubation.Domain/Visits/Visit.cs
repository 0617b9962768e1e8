using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>
/// A "千企面对面" visit to an enterprise: who went, whom they met, which policies they explained, what they saw, and
/// the signature and files collected. Needs raised in it are their own aggregates (they live on after the visit).
/// The client request id makes a resubmitted offline draft find the visit it already created.
/// </summary>
public class Visit : FullAuditedAggregateRoot
{
    private readonly List<VisitOfficer> _officers = [];
    private readonly List<VisitAttendee> _attendees = [];

    private Visit()
    {
    }

    public Visit(Guid clientRequestId, Guid enterpriseId, DateOnly visitDate, VisitKind kind) : base(Guid.CreateVersion7())
    {
        ClientRequestId = clientRequestId;
        EnterpriseId = enterpriseId;
        VisitDate = visitDate;
        Kind = kind;
    }

    public Guid ClientRequestId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public DateOnly VisitDate { get; private set; }
    public VisitKind Kind { get; private set; }
    public string? Operations { get; private set; }
    public string? Innovation { get; private set; }
    public string? Difficulties { get; private set; }
    public string? Notes { get; private set; }
    public Guid? SignatureFileId { get; private set; }
    public List<string> PolicyCodes { get; private set; } = [];
    public List<Guid> AttachmentFileIds { get; private set; } = [];
    public IReadOnlyList<VisitOfficer> Officers => _officers;
    public IReadOnlyList<VisitAttendee> Attendees => _attendees;

    public void Describe(string? operations, string? innovation, string? difficulties, string? notes)
    {
        Operations = Clean(operations);
        Innovation = Clean(innovation);
        Difficulties = Clean(difficulties);
        Notes = Clean(notes);
    }

    public void AddOfficer(Guid userId, string displayName)
    {
        if (_officers.All(o => o.UserId != userId))
        {
            _officers.Add(new VisitOfficer(Id, userId, displayName));
        }
    }

    public void AddAttendee(string name, string? title) => _attendees.Add(new VisitAttendee(name.Trim(), Clean(title)));

    public void ExplainPolicies(IEnumerable<string> codes) => PolicyCodes = codes.Distinct(StringComparer.Ordinal).ToList();

    public void Attach(Guid? signatureFileId, IEnumerable<Guid> fileIds)
    {
        SignatureFileId = signatureFileId;
        AttachmentFileIds = fileIds.Distinct().ToList();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An officer who took part in a visit (the ledger filters by officer).</summary>
public class VisitOfficer : Entity, IAudited
{
    private VisitOfficer()
    {
    }

    internal VisitOfficer(Guid visitId, Guid userId, string displayName)
    {
        VisitId = visitId;
        UserId = userId;
        DisplayName = displayName;
    }

    public Guid VisitId { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>The name at the time of the visit, as the printed ledger shows it.</summary>
    public string DisplayName { get; private set; } = string.Empty;
}

/// <summary>Someone from the enterprise who attended (name and title).</summary>
public sealed record VisitAttendee(string Name, string? Title);
