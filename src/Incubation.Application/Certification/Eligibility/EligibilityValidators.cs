using System.Linq.Expressions;
using FluentValidation;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// A what-if request: a date the rules cover, known kinds, and facts within the limits of the yearly-data form
/// (the same amounts, counts and part-of-whole checks), each fiscal year once.
/// </summary>
public sealed class AssessEligibilityInputValidator : AbstractValidator<AssessEligibilityInput>
{
    public AssessEligibilityInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.AsOf).GreaterThanOrEqualTo(EligibilityConsts.EarliestAsOf).LessThanOrEqualTo(new DateOnly(2100, 12, 31))
            .Named(l, "Eligibility:AsOf");
        RuleForEach(x => x.Kinds).IsInEnum()
            .Must((input, kind) => EligibilityEngine.Default.RuleSets.Any(r => r.Kind == kind && r.IsInForceOn(input.AsOf)))
            .WithMessage((input, kind) => l["Eligibility:NoRuleSetOnDate", l["Enum:QualificationKind." + kind], input.AsOf.ToString("yyyy-MM-dd")])
            .Named(l, "Eligibility:Kinds");
        RuleFor(x => x.Facts).NotNull().SetValidator(new EnterpriseFactsValidator(l)).Named(l, "Eligibility:Facts");
        RuleFor(x => x.Facts.Years)
            .Must((input, years) => years.All(y => y.FiscalYear < input.AsOf.Year))
            .When(x => x.Facts is not null)
            .WithMessage(x => l["Eligibility:YearNotBeforeAsOf", x.AsOf.Year])
            .Named(l, "Eligibility:Years")
            .OverridePropertyName("facts.years");
    }
}

public sealed class EnterpriseFactsValidator : AbstractValidator<EnterpriseFacts>
{
    public EnterpriseFactsValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.IndustryFieldCode).MaximumLength(EligibilityConsts.MaxIndustryFieldCodeLength).Named(l, "Eligibility:Fact:industryFieldCode");
        RuleFor(x => x.Years).NotNull()
            .Must(y => y.Count <= EligibilityConsts.MaxYears).WithMessage(l["Eligibility:TooManyYears", EligibilityConsts.MaxYears])
            .Must(y => y.Select(f => f.FiscalYear).Distinct().Count() == y.Count).WithMessage(l["Eligibility:DuplicateYear"])
            .Named(l, "Eligibility:Years");
        RuleForEach(x => x.Years).SetValidator(new FiscalYearFactsValidator(l));
        RuleFor(x => x.IpClass1Count).GreaterThanOrEqualTo(0).Named(l, "YearlyData:IpClass1Count");
        RuleFor(x => x.IpClass2Count).GreaterThanOrEqualTo(0).Named(l, "YearlyData:IpClass2Count");
        RuleFor(x => x.IpClass1SelfDevelopedCount).GreaterThanOrEqualTo(0)
            .Must((f, v) => v is not { } s || f.IpClass1Count is not { } all || s <= all)
            .WithMessage(_ => l["YearlyData:PartExceedsWhole", l["YearlyData:IpClass1SelfDevelopedCount"], l["YearlyData:IpClass1Count"]])
            .Named(l, "YearlyData:IpClass1SelfDevelopedCount");
        RuleFor(x => x.SegmentMarketYears).InclusiveBetween(0, 200).Named(l, "Eligibility:Fact:segmentMarketYears");
        RuleFor(x => x.RdInstitutionLevel).IsInEnum().Named(l, "Eligibility:Fact:rdInstitutionLevel");
        RuleFor(x => x.TechSmeRdOption).IsInEnum().Named(l, "Eligibility:Fact:techSmeRdOption");
        RuleFor(x => x.Qualifications).NotNull().Must(q => q.Count <= EligibilityConsts.MaxYears).Named(l, "Eligibility:Fact:qualifications");
        RuleForEach(x => x.Qualifications).ChildRules(q =>
        {
            q.RuleFor(x => x.Kind).IsInEnum().Named(l, "Eligibility:Kinds");
            q.RuleFor(x => x.ExpiresOn).Must((h, e) => e is null || e >= h.IssuedOn).WithMessage(l["Eligibility:ExpiresBeforeIssued"])
                .Named(l, "Eligibility:Fact:qualifications");
        });
    }
}

public sealed class FiscalYearFactsValidator : AbstractValidator<FiscalYearFacts>
{
    private readonly IStringLocalizer<IncubationResource> _l;

    public FiscalYearFactsValidator(IStringLocalizer<IncubationResource> l)
    {
        _l = l;
        RuleFor(x => x.FiscalYear).InclusiveBetween(YearlyDataConsts.MinFiscalYear, 2100).Named(l, "YearlyData:FiscalYear");
        Amount(x => x.SalesRevenue, "YearlyData:SalesRevenue");
        Amount(x => x.TotalIncome, "YearlyData:TotalIncome");
        Amount(x => x.HighTechIncome, "YearlyData:HighTechIncome");
        Amount(x => x.RdExpense, "YearlyData:RdExpense");
        Amount(x => x.DomesticRdExpense, "YearlyData:DomesticRdExpense");
        Amount(x => x.CostAndExpenseTotal, "YearlyData:CostAndExpenseTotal");
        Amount(x => x.OperatingRevenue, "YearlyData:OperatingRevenue");
        Amount(x => x.MainBusinessRevenue, "YearlyData:MainBusinessRevenue");
        Amount(x => x.NetProfit, "YearlyData:NetProfit", mayBeNegative: true);
        Amount(x => x.NetAssets, "YearlyData:NetAssets", mayBeNegative: true);
        Amount(x => x.TotalAssets, "YearlyData:TotalAssets");
        Amount(x => x.TotalLiabilities, "YearlyData:TotalLiabilities");
        Amount(x => x.NewEquityFinancing, "YearlyData:NewEquityFinancing");
        RuleFor(x => x.Employees).GreaterThanOrEqualTo(0).Named(l, "YearlyData:Employees");
        RuleFor(x => x.Conversions).GreaterThanOrEqualTo(0).Named(l, "YearlyData:Conversions");
        PartOf(x => x.TechStaff, x => x.Employees, "YearlyData:TechStaff", "YearlyData:Employees");
        PartOf(x => x.RdStaff, x => x.Employees, "YearlyData:RdStaff", "YearlyData:Employees");
        PartOf(x => x.DomesticRdExpense, x => x.RdExpense, "YearlyData:DomesticRdExpense", "YearlyData:RdExpense");
        PartOf(x => x.HighTechIncome, x => x.TotalIncome, "YearlyData:HighTechIncome", "YearlyData:TotalIncome");
        PartOf(x => x.MainBusinessRevenue, x => x.OperatingRevenue, "YearlyData:MainBusinessRevenue", "YearlyData:OperatingRevenue");
    }

    private void Amount(Expression<Func<FiscalYearFacts, decimal?>> field, string key, bool mayBeNegative = false) =>
        RuleFor(field)
            .InclusiveBetween(mayBeNegative ? -YearlyDataConsts.MaxAmount : 0m, YearlyDataConsts.MaxAmount)
            .PrecisionScale(YearlyDataConsts.AmountPrecision, YearlyDataConsts.AmountScale, ignoreTrailingZeros: true)
            .Named(_l, key);

    private void PartOf<TValue>(Expression<Func<FiscalYearFacts, TValue?>> part, Func<FiscalYearFacts, TValue?> whole, string partKey, string wholeKey)
        where TValue : struct, IComparable<TValue> =>
        RuleFor(part)
            .Must((input, value) => value is not { } p || (p.CompareTo(default) >= 0 && (whole(input) is not { } w || p.CompareTo(w) <= 0)))
            .WithMessage(_ => _l["YearlyData:PartExceedsWhole", _l[partKey], _l[wholeKey]])
            .Named(_l, partKey);
}

public sealed class UpdateEligibilityProfileDtoValidator : AbstractValidator<UpdateEligibilityProfileDto>
{
    public UpdateEligibilityProfileDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.SegmentMarketSince)
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= ChinaTime.Today(clock)))
            .WithMessage(l["Eligibility:SegmentMarketSinceInFuture"])
            .Named(l, "Eligibility:Fact:segmentMarketSince");
        RuleFor(x => x.RdInstitutionLevel).IsInEnum().Named(l, "Eligibility:Fact:rdInstitutionLevel");
        RuleFor(x => x.TechSmeRdOption).IsInEnum().Named(l, "Eligibility:Fact:techSmeRdOption");
    }
}

public sealed class GetEnterpriseEligibilityInputValidator : AbstractValidator<GetEnterpriseEligibilityInput>
{
    public GetEnterpriseEligibilityInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.AsOf).GreaterThanOrEqualTo(EligibilityConsts.EarliestAsOf).LessThanOrEqualTo(new DateOnly(2100, 12, 31))
            .Named(l, "Eligibility:AsOf");
    }
}

public sealed class GetEligibilityCandidatesInputValidator : AbstractValidator<GetEligibilityCandidatesInput>
{
    public GetEligibilityCandidatesInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetEligibilityCandidatesInput>(l));
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Eligibility:Kinds");
        RuleFor(x => x.Verdict).IsInEnum().Named(l, "Eligibility:Verdict");
        RuleFor(x => x.SubDistrictCode).MaximumLength(EnterpriseConsts.SubDistrictCodeLength).Named(l, "Enterprise:SubDistrict");
        RuleFor(x => x.IndustryFieldCode).MaximumLength(EnterpriseConsts.MaxTechFieldCodeLength).Named(l, "Enterprise:IndustryField");
    }
}
