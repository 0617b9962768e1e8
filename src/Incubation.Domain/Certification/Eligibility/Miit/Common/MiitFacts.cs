namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Reads the facts for one assessment date in the MIIT rules' terms: "上年度" is Y-1 (the application year is
/// excluded, domain-rules §1.2), "近两年" is Y-2..Y-1. A year before the enterprise was established reads as zero
/// (it had no revenue nor R&amp;D then), so ratios on it come out undefined rather than missing.
/// Missing year facts are named "fact(year)", e.g. "rdExpense(2025)".
/// </summary>
internal sealed class MiitFacts(EnterpriseFacts facts, DateOnly asOf)
{
    public EnterpriseFacts Facts { get; } = facts;

    public DateOnly AsOf { get; } = asOf;

    public AssessmentYears Window { get; } = new(asOf, facts.EstablishedOn);

    /// <summary>上年度 (Y-1).</summary>
    public int LastYear => Window.LastYear;

    public bool Holds(QualificationKind kind) => Facts.Holds(kind, AsOf);

    public Figure OperatingRevenue(int year) => Read(year, "operatingRevenue", y => y.OperatingRevenue);

    public Figure MainBusinessRevenue(int year) => Read(year, "mainBusinessRevenue", y => y.MainBusinessRevenue);

    public Figure RdExpense(int year) => Read(year, "rdExpense", y => y.RdExpense);

    public Figure NetProfit(int year) => Read(year, "netProfit", y => y.NetProfit);

    public Figure TotalAssets(int year) => Read(year, "totalAssets", y => y.TotalAssets);

    public Figure TotalLiabilities(int year) => Read(year, "totalLiabilities", y => y.TotalLiabilities);

    public Figure Employees(int year) => Read(year, "employees", y => y.Employees);

    public Figure RdStaff(int year) => Read(year, "rdStaff", y => y.RdStaff);

    public Figure NewEquityFinancing(int year) => Read(year, "newEquityFinancing", y => y.NewEquityFinancing);

    public Figure SegmentMarketYears => Figure.Of(Facts.SegmentMarketYears, "segmentMarketYears");

    public Figure IpClass1 => Figure.Of(Facts.IpClass1Count, "ipClass1Count");

    /// <summary>The sum over the last <paramref name="count"/> fiscal years, with what is known so far.</summary>
    public PartialSum Sum(int count, Func<int, Figure> read)
    {
        var figures = Window.Last(count).Select(read).ToList();
        return new PartialSum(figures.Where(f => f.IsKnown).Sum(f => f.Known), figures.SelectMany(f => f.Missing).ToList());
    }

    private Figure Read(int year, string name, Func<FiscalYearFacts, decimal?> pick)
    {
        if (Facts.EstablishedOn is { } established && year < established.Year)
        {
            return Figure.Of(0m);
        }

        return Figure.Of(Facts.Year(year) is { } y ? pick(y) : null, $"years[{year}].{name}");
    }
}

/// <summary>
/// A sum of amounts that cannot be negative (R&amp;D, equity financing): when the known part already reaches a
/// threshold, the missing years cannot undo it.
/// </summary>
internal sealed record PartialSum(decimal KnownTotal, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;
}
