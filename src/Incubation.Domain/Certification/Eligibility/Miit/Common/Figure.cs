namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// A number read or derived from the facts: known, missing (with the names of the facts it lacked), or undefined
/// (the rules give no answer, e.g. a growth rate on a zero base). Missing wins over undefined: supply the facts first.
/// </summary>
internal sealed class Figure
{
    private Figure(decimal? value, IReadOnlyList<string> missing, bool isUndefined)
    {
        Value = value;
        Missing = missing;
        IsUndefined = isUndefined;
    }

    public decimal? Value { get; }

    public IReadOnlyList<string> Missing { get; }

    public bool IsUndefined { get; }

    public bool IsKnown => Value is not null;

    /// <summary>The value, for callers that checked <see cref="IsKnown"/>.</summary>
    public decimal Known => Value ?? throw new InvalidOperationException("The figure is not known.");

    public static Figure Of(decimal value) => new(value, [], false);

    public static Figure Lacking(params string[] facts) => new(null, facts, false);

    public static Figure Undefined { get; } = new(null, [], true);

    public static Figure Of(decimal? value, string factName) => value is { } v ? Of(v) : Lacking(factName);

    /// <summary>Combines known figures; a missing or undefined input makes the result so (missing names united).</summary>
    public static Figure Combine(IReadOnlyList<Figure> inputs, Func<decimal[], decimal?> compute)
    {
        var missing = inputs.SelectMany(f => f.Missing).Distinct().ToArray();
        if (missing.Length > 0)
        {
            return Lacking(missing);
        }

        if (inputs.Any(f => f.IsUndefined))
        {
            return Undefined;
        }

        return compute(inputs.Select(f => f.Known).ToArray()) is { } value ? Of(value) : Undefined;
    }

    /// <summary>numerator / denominator; undefined on a zero denominator.</summary>
    public static Figure Ratio(Figure numerator, Figure denominator) =>
        Combine([numerator, denominator], v => v[1] == 0 ? null : v[0] / v[1]);
}
