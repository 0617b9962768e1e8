using Incubation.Entities;

namespace Incubation.Enterprises;

/// <summary>
/// An enterprise's figures for one fiscal year (年度数据). Edited as a draft, submitted, then verified or returned by
/// the bureau; only verified figures count for the pool, the ladders, eligibility and the targets. Every step writes
/// a <see cref="YearlyDataRevision"/>, so each year's versions are kept.
/// </summary>
public class YearlyData : FullAuditedAggregateRoot
{
    private readonly List<YearlyDataRevision> _revisions = [];

    private YearlyData()
    {
    }

    public YearlyData(Guid id, Guid enterpriseId, int fiscalYear, YearlyFigures figures, DataProvenance provenance, DateTime at)
        : base(id)
    {
        EnterpriseId = enterpriseId;
        FiscalYear = fiscalYear;
        Status = YearlyDataStatus.Draft;
        FigureSources = Enterprises.FigureSources.Track(FigureSources, YearlyFigures.Empty, figures, provenance, at);
        Apply(figures);
        Provenance = provenance;
    }

    public Guid EnterpriseId { get; private set; }
    public int FiscalYear { get; private set; }
    public YearlyDataStatus Status { get; private set; }
    public DataProvenance Provenance { get; private set; }

    public decimal? SalesRevenue { get; private set; }
    public decimal? TotalIncome { get; private set; }
    public decimal? HighTechIncome { get; private set; }
    public decimal? RdExpense { get; private set; }
    public decimal? DomesticRdExpense { get; private set; }
    public decimal? CostAndExpenseTotal { get; private set; }
    public decimal? OperatingRevenue { get; private set; }
    public decimal? MainBusinessRevenue { get; private set; }
    public decimal? NetProfit { get; private set; }
    public decimal? NetAssets { get; private set; }
    public decimal? TotalAssets { get; private set; }
    public decimal? TotalLiabilities { get; private set; }
    public int? Employees { get; private set; }
    public int? TechStaff { get; private set; }
    public int? RdStaff { get; private set; }
    public int? IpClass1Count { get; private set; }
    public int? IpClass1SelfDevelopedCount { get; private set; }
    public int? IpClass2Count { get; private set; }
    public int? Conversions { get; private set; }
    public decimal? NewEquityFinancing { get; private set; }

    /// <summary>Each known figure's source and time, by its JSON name (salesRevenue …).</summary>
    public IReadOnlyDictionary<string, FigureSource> FigureSources { get; private set; } = new Dictionary<string, FigureSource>();

    /// <summary>Why the bureau sent the figures back; kept until the next submission.</summary>
    public string? ReturnComment { get; private set; }

    public DateTime? SubmittedAt { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public Guid? VerifiedById { get; private set; }

    /// <summary>The steps written by this instance; the stored history is queried, not loaded here.</summary>
    public IReadOnlyList<YearlyDataRevision> Revisions => _revisions;

    public YearlyFigures GetFigures() => new()
    {
        SalesRevenue = SalesRevenue,
        TotalIncome = TotalIncome,
        HighTechIncome = HighTechIncome,
        RdExpense = RdExpense,
        DomesticRdExpense = DomesticRdExpense,
        CostAndExpenseTotal = CostAndExpenseTotal,
        OperatingRevenue = OperatingRevenue,
        MainBusinessRevenue = MainBusinessRevenue,
        NetProfit = NetProfit,
        NetAssets = NetAssets,
        TotalAssets = TotalAssets,
        TotalLiabilities = TotalLiabilities,
        Employees = Employees,
        TechStaff = TechStaff,
        RdStaff = RdStaff,
        IpClass1Count = IpClass1Count,
        IpClass1SelfDevelopedCount = IpClass1SelfDevelopedCount,
        IpClass2Count = IpClass2Count,
        Conversions = Conversions,
        NewEquityFinancing = NewEquityFinancing,
    };

    /// <summary>Replaces the figures of a draft; a returned year becomes a draft again.</summary>
    public void UpdateDraft(YearlyFigures figures, DataProvenance provenance, DateTime at)
    {
        if (Status is not (YearlyDataStatus.Draft or YearlyDataStatus.Returned))
        {
            throw new BusinessException(IncubationErrorCodes.YearlyDataNotEditable, 422, FiscalYear);
        }

        FigureSources = Enterprises.FigureSources.Track(FigureSources, GetFigures(), figures, provenance, at);
        Apply(figures);
        Provenance = provenance;
        Status = YearlyDataStatus.Draft;
    }

    public void Submit(YearlyDataActor actor)
    {
        if (Status != YearlyDataStatus.Draft)
        {
            throw new BusinessException(IncubationErrorCodes.YearlyDataNotDraft, 422, FiscalYear);
        }

        Status = YearlyDataStatus.Submitted;
        SubmittedAt = actor.Time;
        SubmittedById = actor.UserId;
        ReturnComment = null;
        Record(actor, null);
    }

    public void Verify(YearlyDataActor actor)
    {
        EnsureSubmitted();
        Status = YearlyDataStatus.Verified;
        Provenance = DataProvenance.VerifiedByBureau;
        FigureSources = Enterprises.FigureSources.Verified(FigureSources, actor.Time);
        VerifiedAt = actor.Time;
        VerifiedById = actor.UserId;
        Record(actor, null);
    }

    public void Return(string? comment, YearlyDataActor actor)
    {
        EnsureSubmitted();
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new BusinessException(IncubationErrorCodes.YearlyDataReturnCommentRequired, 422) { Field = "comment" };
        }

        Status = YearlyDataStatus.Returned;
        ReturnComment = comment.Trim();
        Record(actor, ReturnComment);
    }

    /// <summary>Opens verified figures for a correction by the bureau; they no longer count until verified again.</summary>
    public void Reopen(YearlyDataActor actor)
    {
        if (Status != YearlyDataStatus.Verified)
        {
            throw new BusinessException(IncubationErrorCodes.YearlyDataNotVerified, 422, FiscalYear);
        }

        Status = YearlyDataStatus.Draft;
        Provenance = DataProvenance.EnteredByOfficer;
        VerifiedAt = null;
        VerifiedById = null;
        Record(actor, null);
    }

    private void EnsureSubmitted()
    {
        if (Status != YearlyDataStatus.Submitted)
        {
            throw new BusinessException(IncubationErrorCodes.YearlyDataNotSubmitted, 422, FiscalYear);
        }
    }

    private void Record(YearlyDataActor actor, string? comment) =>
        _revisions.Add(new YearlyDataRevision(Id, Status, GetFigures(), actor, comment));

    private void Apply(YearlyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        SalesRevenue = figures.SalesRevenue;
        TotalIncome = figures.TotalIncome;
        HighTechIncome = figures.HighTechIncome;
        RdExpense = figures.RdExpense;
        DomesticRdExpense = figures.DomesticRdExpense;
        CostAndExpenseTotal = figures.CostAndExpenseTotal;
        OperatingRevenue = figures.OperatingRevenue;
        MainBusinessRevenue = figures.MainBusinessRevenue;
        NetProfit = figures.NetProfit;
        NetAssets = figures.NetAssets;
        TotalAssets = figures.TotalAssets;
        TotalLiabilities = figures.TotalLiabilities;
        Employees = figures.Employees;
        TechStaff = figures.TechStaff;
        RdStaff = figures.RdStaff;
        IpClass1Count = figures.IpClass1Count;
        IpClass1SelfDevelopedCount = figures.IpClass1SelfDevelopedCount;
        IpClass2Count = figures.IpClass2Count;
        Conversions = figures.Conversions;
        NewEquityFinancing = figures.NewEquityFinancing;
    }
}
