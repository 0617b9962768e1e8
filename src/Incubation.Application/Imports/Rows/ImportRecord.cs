using Incubation.Certification;
using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>
/// One data row being read: each accessor returns the column's value, or null when the cell is blank or wrong, and
/// records what is wrong (row, column, the cell as typed, why) in the report. Required columns report a blank cell.
/// </summary>
public sealed class ImportRecord(ImportRow row, ImportSession session)
{
    public int RowNumber => row.Number;

    /// <summary>Whether any of this row's cells was refused; such a row is never written.</summary>
    public bool Failed { get; private set; }

    /// <summary>Whether the column is in the file and its cell holds something.</summary>
    public bool Has(ImportColumn column) => !IsBlank(Raw(column));

    /// <summary>Records a message already in the user's language (a validator's).</summary>
    public void FailWith(ImportColumn column, string message)
    {
        Failed = true;
        var text = CellText.Of(Raw(column));
        session.Report.Add(new ImportRowErrorDto(RowNumber, column.Field, session.Title(column),
            text is { Length: > ImportConsts.MaxQuotedValueLength } ? text[..ImportConsts.MaxQuotedValueLength] + "…" : text, message));
    }

    /// <summary>Records the localised text of <paramref name="key"/>.</summary>
    public void Fail(ImportColumn column, string key, params object[] arguments) => FailWith(column, session.L[key, arguments].Value);

    /// <summary>Reports a blank cell of a column the row needs (always, or because it creates a record).</summary>
    public void RequireValue(ImportColumn column)
    {
        if (!Has(column))
        {
            Fail(column, "Import:Error.Required");
        }
    }

    public string? Text(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        var text = CellText.Of(raw)!;
        if (column.MaxLength > 0 && text.Length > column.MaxLength)
        {
            Fail(column, "Import:Error.TooLong", column.MaxLength);
            return null;
        }

        return text;
    }

    /// <summary>A code Excel turned into a number has lost its last digits: refused with the way to avoid it.</summary>
    public string? CreditCode(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        if (raw is double or decimal or int or long)
        {
            Fail(column, "Import:Error.CreditCodeAsNumber");
            return null;
        }

        var code = UnifiedSocialCreditCode.Normalize(CellText.Folded(raw));
        switch (UnifiedSocialCreditCode.Check(code))
        {
            case CreditCodeCheckResult.Valid:
                return code;
            case CreditCodeCheckResult.ChecksumMismatch:
                Fail(column, "Import:Error.CreditCodeChecksum", UnifiedSocialCreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));
                return null;
            default:
                Fail(column, "Enterprise:CreditCodeMalformed");
                return null;
        }
    }

    public decimal? Number(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        if (CellNumber.Parse(raw) is not { } value)
        {
            Fail(column, "Import:Error.NotANumber");
            return null;
        }

        if (value < column.Min || value > column.Max)
        {
            Fail(column, "Import:Error.OutOfRange", column.Min, column.Max);
            return null;
        }

        if (decimal.Round(value, column.Scale) != value)
        {
            Fail(column, "Import:Error.TooManyDecimals", column.Scale);
            return null;
        }

        return value;
    }

    public int? WholeNumber(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        if (CellNumber.Parse(raw) is not { } value)
        {
            Fail(column, "Import:Error.NotANumber");
            return null;
        }

        if (value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            Fail(column, "Import:Error.NotAWholeNumber");
            return null;
        }

        if (value < column.Min || value > column.Max)
        {
            Fail(column, "Import:Error.OutOfRange", column.Min, column.Max);
            return null;
        }

        return (int)value;
    }

    public DateOnly? Date(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        var date = CellDate.Parse(raw);
        if (date is null)
        {
            Fail(column, "Import:Error.NotADate");
        }

        return date;
    }

    public bool? Flag(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        var flag = CellFlag.Parse(raw);
        if (flag is null)
        {
            Fail(column, "Import:Error.NotAFlag");
        }

        return flag;
    }

    public string? SubDistrictCode(ImportColumn column) =>
        Reference(column, session.Reference.SubDistrictCode, "Import:Error.UnknownSubDistrict");

    public string? TechFieldCode(ImportColumn column) =>
        Reference(column, session.Reference.TechFieldCode, "Import:Error.UnknownTechField");

    public Guid? IncubatorId(ImportColumn column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        switch (session.Reference.Incubator(text))
        {
            case ReferenceMatch<Guid>.Found found:
                return found.Value;
            case ReferenceMatch<Guid>.Ambiguous:
                Fail(column, "Import:Error.AmbiguousIncubator");
                return null;
            default:
                Fail(column, "Import:Error.UnknownIncubator");
                return null;
        }
    }

    public QualificationKind? Kind(ImportColumn column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var kind = session.Reference.QualificationKind(text);
        if (kind is null)
        {
            Fail(column, "Import:Error.UnknownQualificationKind", session.Reference.QualificationKindNames(session.L));
        }

        return kind;
    }

    /// <summary>Tags separated by commas, 、 or semicolons (half- or full-width).</summary>
    public IReadOnlyList<string>? Tags(ImportColumn column)
    {
        if (Blank(column) is not { } raw)
        {
            return null;
        }

        var tags = CellText.Of(raw)!.Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > EnterpriseConsts.MaxTags)
        {
            Fail(column, "Enterprise:TooManyTags", EnterpriseConsts.MaxTags);
            return null;
        }

        if (tags.Any(t => t.Length > column.MaxLength))
        {
            Fail(column, "Import:Error.TooLong", column.MaxLength);
            return null;
        }

        return tags;
    }

    private string? Reference(ImportColumn column, Func<string, string?> find, string unknownKey)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var code = find(text);
        if (code is null)
        {
            Fail(column, unknownKey);
        }

        return code;
    }

    /// <summary>The cell, or null when blank (then reported if the column is always required).</summary>
    private object? Blank(ImportColumn column)
    {
        var raw = Raw(column);
        if (!IsBlank(raw))
        {
            return raw;
        }

        if (column.Requirement == ImportRequirement.Required)
        {
            Fail(column, "Import:Error.Required");
        }

        return null;
    }

    private object? Raw(ImportColumn column) => session.Header.Cell(row, column);

    private static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));
}
