namespace Incubation.Certification.Eligibility;

/// <summary>
/// What the eligibility engine knows of one enterprise: the names are fixed by the API (camelCase in JSON).
/// Money in yuan; unknown is null, never 0.
/// </summary>
public sealed record EnterpriseFacts
{
    public DateOnly? EstablishedOn { get; init; }

    /// <summary>The 国家重点支持的高新技术领域 code (data/tech_fields.tsv), lowest level.</summary>
    public string? IndustryFieldCode { get; init; }

    public IReadOnlyList<FiscalYearFacts> Years { get; init; } = [];

    /// <summary>Valid Ⅰ类 IP related to the main products (invention patents, plant varieties, layout designs…).</summary>
    public int? IpClass1Count { get; init; }

    /// <summary>Of <see cref="IpClass1Count"/>, those developed by the enterprise itself.</summary>
    public int? IpClass1SelfDevelopedCount { get; init; }

    /// <summary>Valid Ⅱ类 IP (utility models, designs, software copyrights; trademarks excluded).</summary>
    public int? IpClass2Count { get; init; }

    /// <summary>Years in its segment market (从事特定细分市场年限) up to the end of the previous year.</summary>
    public decimal? SegmentMarketYears { get; init; }

    public RdInstitutionLevel? RdInstitutionLevel { get; init; }

    /// <summary>No major safety or quality incident, nor serious environmental offence, in the year before applying.</summary>
    public bool? NoMajorIncidentLastYear { get; init; }

    public IReadOnlyList<HeldQualification> Qualifications { get; init; } = [];

    /// <summary>The R&amp;D input measure the enterprise declared for 科技型中小企业 (domain-rules §2.2).</summary>
    public TechSmeRdOption? TechSmeRdOption { get; init; }

    public FiscalYearFacts? Year(int fiscalYear) => Years.FirstOrDefault(y => y.FiscalYear == fiscalYear);

    /// <summary>Whether a qualification of the kind is valid on the date.</summary>
    public bool Holds(QualificationKind kind, DateOnly on) =>
        Qualifications.Any(q => q.Kind == kind && q.IssuedOn <= on && (q.ExpiresOn is null || on <= q.ExpiresOn));
}

/// <summary>One fiscal year's figures. Money in yuan; head counts as the year's monthly average.</summary>
public sealed record FiscalYearFacts
{
    public int FiscalYear { get; init; }

    /// <summary>销售收入 = 主营业务收入 + 其他业务收入.</summary>
    public decimal? SalesRevenue { get; init; }

    /// <summary>总收入 = 收入总额 − 不征税收入.</summary>
    public decimal? TotalIncome { get; init; }

    /// <summary>高新技术产品（服务）收入, technical income included.</summary>
    public decimal? HighTechIncome { get; init; }

    public decimal? RdExpense { get; init; }
    public decimal? DomesticRdExpense { get; init; }

    /// <summary>成本费用支出总额 (科技型中小企业 option 2).</summary>
    public decimal? CostAndExpenseTotal { get; init; }

    /// <summary>营业收入 (the MIIT rules' revenue).</summary>
    public decimal? OperatingRevenue { get; init; }

    public decimal? MainBusinessRevenue { get; init; }
    public decimal? NetProfit { get; init; }
    public decimal? NetAssets { get; init; }
    public decimal? TotalAssets { get; init; }
    public decimal? TotalLiabilities { get; init; }
    public int? Employees { get; init; }
    public int? TechStaff { get; init; }
    public int? RdStaff { get; init; }

    /// <summary>新增股权融资 paid in by qualified institutional investors in the year.</summary>
    public decimal? NewEquityFinancing { get; init; }

    /// <summary>科技成果转化 count in the year.</summary>
    public int? Conversions { get; init; }
}

/// <summary>A title the enterprise holds; <see cref="ExpiresOn"/> null means no known end.</summary>
public sealed record HeldQualification(QualificationKind Kind, DateOnly IssuedOn, DateOnly? ExpiresOn);
