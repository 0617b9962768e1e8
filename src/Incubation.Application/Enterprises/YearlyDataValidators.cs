using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Results;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Enterprises;

/// <summary>
/// A year's figures: amounts within ±10^13 yuan with at most two decimals (only net profit and net assets may be
/// negative), counts not negative, no part above its whole; and the fiscal year of the route (see <see cref="FiscalYearKey"/>).
/// </summary>
public sealed class UpdateYearlyDataDtoValidator : AbstractValidator<UpdateYearlyDataDto>
{
    /// <summary>The key under which the app service passes the route's fiscal year in the validation context.</summary>
    public const string FiscalYearKey = "fiscalYear";

    private readonly IStringLocalizer<IncubationResource> _l;

    public UpdateYearlyDataDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        _l = l;
        RuleFor(x => x).Custom((_, context) =>
        {
            var thisYear = clock.GetLocalNow().Year;
            if (context.RootContextData.TryGetValue(FiscalYearKey, out var value) && value is int year
                && (year < YearlyDataConsts.MinFiscalYear || year > thisYear))
            {
                context.AddFailure(new ValidationFailure(FiscalYearKey,
                    l["YearlyData:FiscalYearOutOfRange", YearlyDataConsts.MinFiscalYear, thisYear]));
            }
        });

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

        Count(x => x.Employees, "YearlyData:Employees");
        Count(x => x.TechStaff, "YearlyData:TechStaff");
        Count(x => x.RdStaff, "YearlyData:RdStaff");
        Count(x => x.IpClass1Count, "YearlyData:IpClass1Count");
        Count(x => x.IpClass1SelfDevelopedCount, "YearlyData:IpClass1SelfDevelopedCount");
        Count(x => x.IpClass2Count, "YearlyData:IpClass2Count");
        Count(x => x.Conversions, "YearlyData:Conversions");

        PartOf(x => x.DomesticRdExpense, x => x.RdExpense, "YearlyData:DomesticRdExpense", "YearlyData:RdExpense");
        PartOf(x => x.HighTechIncome, x => x.TotalIncome, "YearlyData:HighTechIncome", "YearlyData:TotalIncome");
        PartOf(x => x.MainBusinessRevenue, x => x.OperatingRevenue, "YearlyData:MainBusinessRevenue", "YearlyData:OperatingRevenue");
        PartOf(x => x.TechStaff, x => x.Employees, "YearlyData:TechStaff", "YearlyData:Employees");
        PartOf(x => x.RdStaff, x => x.Employees, "YearlyData:RdStaff", "YearlyData:Employees");
        PartOf(x => x.IpClass1SelfDevelopedCount, x => x.IpClass1Count, "YearlyData:IpClass1SelfDevelopedCount", "YearlyData:IpClass1Count");
    }

    private void Amount(Expression<Func<UpdateYearlyDataDto, decimal?>> field, string key, bool mayBeNegative = false) =>
        RuleFor(field)
            .InclusiveBetween(mayBeNegative ? -YearlyDataConsts.MaxAmount : 0m, YearlyDataConsts.MaxAmount)
            .PrecisionScale(YearlyDataConsts.AmountPrecision, YearlyDataConsts.AmountScale, ignoreTrailingZeros: true)
            .Named(_l, key);

    private void Count(Expression<Func<UpdateYearlyDataDto, int?>> field, string key) =>
        RuleFor(field).GreaterThanOrEqualTo(0).Named(_l, key);

    /// <summary>A part (domestic R&amp;D expense, R&amp;D staff…) may not exceed its whole when both are known.</summary>
    private void PartOf<TValue>(
        Expression<Func<UpdateYearlyDataDto, TValue?>> part, Func<UpdateYearlyDataDto, TValue?> whole, string partKey, string wholeKey)
        where TValue : struct, IComparable<TValue> =>
        RuleFor(part)
            .Must((input, value) => value is not { } p || whole(input) is not { } w || p.CompareTo(w) <= 0)
            .WithMessage(_ => _l["YearlyData:PartExceedsWhole", _l[partKey], _l[wholeKey]])
            .Named(_l, partKey);
}

public sealed class ChangeYearlyDataStatusInputValidator : AbstractValidator<ChangeYearlyDataStatusInput>
{
    public ChangeYearlyDataStatusInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "YearlyData:ConcurrencyStamp");
    }
}

public sealed class ReturnYearlyDataInputValidator : AbstractValidator<ReturnYearlyDataInput>
{
    public ReturnYearlyDataInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "YearlyData:ConcurrencyStamp");
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(YearlyDataConsts.MaxCommentLength).Named(l, "YearlyData:ReturnComment");
    }
}
