namespace Incubation.Imports;

public static class ImportConsts
{
    /// <summary>Data rows one file may hold: a district roster is a few thousand; this bounds memory and time.</summary>
    public const int MaxRows = 50_000;

    /// <summary>Rows validated (and looked up) together: one query per batch, never one per row.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Errors listed in a preview; the counts always cover every row.</summary>
    public const int MaxReportedErrors = 1_000;

    /// <summary>A cell's text as quoted back in an error, cut to this length.</summary>
    public const int MaxQuotedValueLength = 100;

    /// <summary>The preview's fingerprint of the file: SHA-256 as lower-case hex.</summary>
    public const int FingerprintLength = 64;

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The form fields of an upload.</summary>
    public const string FileField = "file";
    public const string FingerprintField = "fingerprint";
}
