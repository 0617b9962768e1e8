using System.Collections.Frozen;
using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// An enterprise's application for one kind in one batch year, moving through <see cref="ApplicationStage"/>; each
/// move is dated and attributed. Approval hands back the certificate as a <see cref="Qualification"/> with the
/// rules' validity. The evidence checklist gives the completeness shown on the board.
/// </summary>
public class CertificationApplication : FullAuditedAggregateRoot
{
    private static readonly FrozenDictionary<ApplicationStage, ApplicationStage[]> Next = new Dictionary<ApplicationStage, ApplicationStage[]>
    {
        [ApplicationStage.Candidate] = [ApplicationStage.Preparing, ApplicationStage.Withdrawn],
        [ApplicationStage.Preparing] = [ApplicationStage.Candidate, ApplicationStage.Submitted, ApplicationStage.Withdrawn],
        [ApplicationStage.Submitted] = [ApplicationStage.UnderReview, ApplicationStage.Rejected, ApplicationStage.Withdrawn],
        [ApplicationStage.UnderReview] = [ApplicationStage.Publicized, ApplicationStage.Approved, ApplicationStage.Rejected, ApplicationStage.Withdrawn],
        [ApplicationStage.Publicized] = [ApplicationStage.Approved, ApplicationStage.Rejected],
        [ApplicationStage.Approved] = [],
        [ApplicationStage.Rejected] = [],
        [ApplicationStage.Withdrawn] = [],
    }.ToFrozenDictionary();

    private readonly List<ApplicationEvent> _events = [];
    private readonly List<EvidenceItem> _evidence = [];

    private CertificationApplication()
    {
    }

    private CertificationApplication(Guid enterpriseId, QualificationKind kind, int year)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        Kind = kind;
        Year = year;
        Stage = ApplicationStage.Candidate;
    }

    public Guid EnterpriseId { get; private set; }
    public QualificationKind Kind { get; private set; }

    /// <summary>The batch year applied in.</summary>
    public int Year { get; private set; }

    public ApplicationStage Stage { get; private set; }
    public DateTime StageSince { get; private set; }

    /// <summary>The certificate created on approval.</summary>
    public Guid? QualificationId { get; private set; }

    /// <summary>Who the approval is credited to in the reports: the enterprise's incubator and officer at the time.</summary>
    public Guid? CreditedIncubatorId { get; private set; }

    public Guid? CreditedOfficerId { get; private set; }

    public IReadOnlyList<ApplicationEvent> Events => _events;
    public IReadOnlyList<EvidenceItem> Evidence => _evidence;

    public bool IsFinal => Next[Stage].Length == 0;

    /// <summary>Share of the checklist provided or verified (0–1).</summary>
    public decimal Completeness => CompletenessOf(_evidence);

    public static decimal CompletenessOf(IReadOnlyCollection<EvidenceItem> evidence) => evidence.Count == 0 ? 0
        : Math.Round((decimal)evidence.Count(e => e.State is EvidenceState.Provided or EvidenceState.Verified) / evidence.Count, 2);

    public static IReadOnlyList<ApplicationStage> MovesFrom(ApplicationStage stage) => Next[stage];

    public static CertificationApplication Start(Guid enterpriseId, QualificationKind kind, int year, ApplicationActor actor, string? note)
    {
        var application = new CertificationApplication(enterpriseId, kind, year) { StageSince = actor.Time };
        application._evidence.AddRange(EvidenceChecklists.For(kind).Select(code => new EvidenceItem(code)));
        application._events.Add(new ApplicationEvent(application.Id, 1, null, ApplicationStage.Candidate, actor, note));
        return application;
    }

    /// <summary>Moves to a stage the pipeline allows from here; approval goes through <see cref="Approve"/>.</summary>
    public void MoveTo(ApplicationStage stage, ApplicationActor actor, string? note)
    {
        if (stage == ApplicationStage.Approved || !Next[Stage].Contains(stage))
        {
            throw new BusinessException(IncubationErrorCodes.ApplicationMoveNotAllowed, 422, Stage, stage) { Field = "stage" };
        }

        Record(stage, actor, note);
    }

    /// <summary>
    /// Follows the pipeline forward to <paramref name="target"/> (Preparing … Publicized), one recorded move per stage,
    /// as when the official list shows the outcome of stages the bureau did not log. False when it cannot get there.
    /// </summary>
    public bool AdvanceTo(ApplicationStage target, ApplicationActor actor, string? note)
    {
        ApplicationStage[] path = [ApplicationStage.Preparing, ApplicationStage.Submitted, ApplicationStage.UnderReview, ApplicationStage.Publicized];
        if (IsFinal || Array.IndexOf(path, target) < Array.IndexOf(path, Stage))
        {
            return false;
        }

        foreach (var stage in path.SkipWhile(s => s <= Stage).TakeWhile(s => s <= target))
        {
            Record(stage, actor, note);
        }

        return Stage == target;
    }

    /// <summary>Approves and returns the certificate to store, valid for the rules' period.</summary>
    public Qualification Approve(
        string certificateNumber, DateOnly issuedOn, DateOnly expiresOn, string source, (Guid? IncubatorId, Guid? OfficerId) credit, ApplicationActor actor, string? note)
    {
        if (!Next[Stage].Contains(ApplicationStage.Approved))
        {
            throw new BusinessException(IncubationErrorCodes.ApplicationMoveNotAllowed, 422, Stage, ApplicationStage.Approved) { Field = "stage" };
        }

        var qualification = new Qualification(EnterpriseId, Kind, certificateNumber, issuedOn, expiresOn, source);
        QualificationId = qualification.Id;
        (CreditedIncubatorId, CreditedOfficerId) = credit;
        Record(ApplicationStage.Approved, actor, note);
        return qualification;
    }

    public void UpdateEvidence(string code, EvidenceState state, DateOnly? expiresOn, string? note)
    {
        var item = _evidence.FirstOrDefault(e => e.Code == code)
                   ?? throw new BusinessException(IncubationErrorCodes.UnknownEvidenceItem, 400, code) { Field = "code" };
        item.Update(state, expiresOn, note);
    }

    /// <summary>Items whose validity ran out by <paramref name="today"/> count as expired.</summary>
    public void ExpireEvidence(DateOnly today)
    {
        foreach (var item in _evidence.Where(e => e.ExpiresOn < today && e.State is EvidenceState.Provided or EvidenceState.Verified))
        {
            item.Update(EvidenceState.Expired, item.ExpiresOn, item.Note);
        }
    }

    private void Record(ApplicationStage stage, ApplicationActor actor, string? note)
    {
        // Several moves can share a timestamp (an imported list walks a few stages at once): the sequence orders them.
        _events.Add(new ApplicationEvent(Id, _events.Count == 0 ? 1 : _events.Max(e => e.Sequence) + 1, Stage, stage, actor, note));
        Stage = stage;
        StageSince = actor.Time;
    }
}

public sealed record ApplicationActor(Guid? UserId, string? UserName, DateTime Time);

/// <summary>One move of an application: from, to, when, by whom, why.</summary>
public class ApplicationEvent : Entity
{
    private ApplicationEvent()
    {
    }

    public ApplicationEvent(Guid applicationId, int sequence, ApplicationStage? from, ApplicationStage to, ApplicationActor actor, string? note)
    {
        ApplicationId = applicationId;
        Sequence = sequence;
        FromStage = from;
        ToStage = to;
        UserId = actor.UserId;
        UserName = actor.UserName;
        Time = actor.Time;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid ApplicationId { get; private set; }

    /// <summary>1, 2, 3… per application, in the order of the moves.</summary>
    public int Sequence { get; private set; }

    public ApplicationStage? FromStage { get; private set; }
    public ApplicationStage ToStage { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTime Time { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>One material of the checklist, with its state and, for dated documents, its expiry.</summary>
public class EvidenceItem
{
    private EvidenceItem()
    {
    }

    public EvidenceItem(string code) => Code = code;

    public string Code { get; private set; } = string.Empty;
    public EvidenceState State { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string? Note { get; private set; }

    public void Update(EvidenceState state, DateOnly? expiresOn, string? note)
    {
        State = state;
        ExpiresOn = expiresOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
