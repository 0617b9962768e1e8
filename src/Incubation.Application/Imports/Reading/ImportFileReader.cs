using System.Globalization;
using MiniExcelLibs;

namespace Incubation.Imports;

/// <summary>
/// Opens an upload as rows, recognising the format by its content: an .xlsx workbook (its first sheet, read lazily by
/// MiniExcel) or a CSV in UTF-8 or GBK (read record by record). The first row is the header.
/// </summary>
public static class ImportFileReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <param name="content">A seekable stream at the start of the file; it must stay open while the rows are read.</param>
    public static ImportSheet Open(Stream content)
    {
        var head = new byte[8192];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, length);
        if (start.StartsWith(ZipSignature))
        {
            // Without a header row MiniExcel names cells by column letter, in order, and fills missing rows with
            // empty ones: a row's position is its number.
            return Open(ImportFileFormat.Xlsx, Guarded(() => content.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(row => (IReadOnlyList<object?>)row.Values.ToArray())));
        }

        if (start.StartsWith(OleSignature))
        {
            throw new BusinessException(ImportErrorCodes.OldExcelFormat, 400) { Field = ImportConsts.FileField };
        }

        if (start.Contains((byte)0))
        {
            throw Unreadable(); // binary, not text
        }

        var format = CsvEncodingDetector.Detect(content);
        return Open(format, CsvRecords(content, format).Select(fields => (IReadOnlyList<object?>)fields));
    }

    private static ImportSheet Open(ImportFileFormat format, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            enumerator.Dispose();
            throw new BusinessException(ImportErrorCodes.NoRows, 400) { Field = ImportConsts.FileField };
        }

        var header = enumerator.Current.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray();
        return new ImportSheet(format, header, enumerator);
    }

    private static IEnumerable<string[]> CsvRecords(Stream content, ImportFileFormat format)
    {
        var encoding = CsvEncodingDetector.EncodingOf(format);
        var detectBom = format == ImportFileFormat.CsvUtf8;
        using var reader = new StreamReader(content, encoding, detectBom, 64 * 1024, leaveOpen: true);
        var headerLine = reader.ReadLine() ?? string.Empty;
        reader.DiscardBufferedData();
        content.Position = 0;
        using var records = new StreamReader(content, encoding, detectBom, 64 * 1024, leaveOpen: true);
        foreach (var record in new CsvRecordReader(records, CsvRecordReader.DetectDelimiter(headerLine)).ReadRecords())
        {
            yield return record;
        }
    }

    /// <summary>A workbook MiniExcel cannot read (damaged, encrypted, not a workbook) fails as unreadable, also mid-way.</summary>
    private static IEnumerable<T> Guarded<T>(Func<IEnumerable<T>> source)
    {
        using var enumerator = Guard(() => source().GetEnumerator());
        while (Guard(enumerator.MoveNext))
        {
            yield return enumerator.Current;
        }
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not BusinessException and not OperationCanceledException)
        {
            throw Unreadable();
        }
    }

    private static BusinessException Unreadable() => new(ImportErrorCodes.FileUnreadable, 400) { Field = ImportConsts.FileField };
}
