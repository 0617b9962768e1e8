namespace Incubation.Visits;

/// <summary>A reporting half-year (the plan reports progress every half year): H1 = Jan–Jun, H2 = Jul–Dec.</summary>
public readonly record struct HalfYear(int Year, int Half)
{
    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public HalfYear Previous => Half == 1 ? new HalfYear(Year - 1, 2) : new HalfYear(Year, 1);

    public static HalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public static bool IsValid(int year, int half) => year is >= 2000 and <= 2100 && half is 1 or 2;

    public override string ToString() => $"{Year}H{Half}";
}
