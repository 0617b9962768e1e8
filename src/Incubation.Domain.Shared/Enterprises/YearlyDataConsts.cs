namespace Incubation.Enterprises;

/// <summary>Limits of the yearly data (年度数据), used by the entity mapping, the validators and the UI.</summary>
public static class YearlyDataConsts
{
    /// <summary>The first fiscal year the registry keeps.</summary>
    public const int MinFiscalYear = 2000;

    /// <summary>Amounts are in yuan; 10^13 yuan (10 万亿) bounds typing errors and fits the column.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    /// <summary>Amounts keep fen: 18 digits, 2 after the point.</summary>
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;

    public const int MaxCommentLength = 1000;
    public const int MaxUserNameLength = 256;
}
