namespace Incubation.Enterprises;

/// <summary>One fiscal year's figures, flat. Money in yuan, counts in units; null means unknown.</summary>
public class YearlyFiguresDto
{
    public decimal? SalesRevenue { get; set; }
    public decimal? TotalIncome { get; set; }
    public decimal? HighTechIncome { get; set; }
    public decimal? RdExpense { get; set; }
    public decimal? DomesticRdExpense { get; set; }
    public decimal? CostAndExpenseTotal { get; set; }
    public decimal? OperatingRevenue { get; set; }
    public decimal? MainBusinessRevenue { get; set; }
    public decimal? NetProfit { get; set; }
    public decimal? NetAssets { get; set; }
    public decimal? TotalAssets { get; set; }
    public decimal? TotalLiabilities { get; set; }
    public int? Employees { get; set; }
    public int? TechStaff { get; set; }
    public int? RdStaff { get; set; }
    public int? IpClass1Count { get; set; }
    public int? IpClass1SelfDevelopedCount { get; set; }
    public int? IpClass2Count { get; set; }
    public int? Conversions { get; set; }
    public decimal? NewEquityFinancing { get; set; }
}

public class YearlyDataDto : YearlyFiguresDto
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public int FiscalYear { get; set; }
    public YearlyDataStatus Status { get; set; }
    public DataProvenance Provenance { get; set; }
    public string? ReturnComment { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public DateTime? LastModificationTime { get; set; }
    public string ConcurrencyStamp { get; set; } = string.Empty;

    /// <summary>Each known figure's provenance and time, by its JSON name (salesRevenue …).</summary>
    public Dictionary<string, FigureSourceDto> FigureSources { get; set; } = [];
}

public sealed record FigureSourceDto(DataProvenance Provenance, DateTime At);

public sealed record YearlyDataRevisionDto(
    YearlyDataStatus Status,
    YearlyFiguresDto Figures,
    string? Comment,
    string? UserName,
    DateTime Time);

/// <summary>Creates a year's draft or replaces its figures; the stamp is required once the year exists.</summary>
public class UpdateYearlyDataDto : YearlyFiguresDto
{
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>Submit, verify or reopen a year, with the stamp the client read.</summary>
public class ChangeYearlyDataStatusInput
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

/// <summary>Send submitted figures back to their editor, saying why.</summary>
public class ReturnYearlyDataInput : ChangeYearlyDataStatusInput
{
    public string? Comment { get; set; }
}
