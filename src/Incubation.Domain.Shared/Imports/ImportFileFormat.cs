namespace Incubation.Imports;

/// <summary>How an uploaded file was read: recognised from its content, never asked of the user.</summary>
public enum ImportFileFormat
{
    Xlsx = 0,

    /// <summary>CSV in UTF-8, with or without a byte order mark.</summary>
    CsvUtf8 = 1,

    /// <summary>CSV in GBK (code page 936): what Excel saves as "CSV" on a Chinese Windows.</summary>
    CsvGbk = 2,
}
