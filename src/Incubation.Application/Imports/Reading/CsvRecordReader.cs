using System.Text;

namespace Incubation.Imports;

/// <summary>
/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) one at a time from a text
/// reader, so a large file is never held whole. A blank line is an empty record, so record numbers stay the row
/// numbers Excel shows for the same file.
/// </summary>
public sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private const char Quote = '"';

    /// <summary>The delimiter of a header line: a comma unless the line has none and has tabs or semicolons.</summary>
    public static char DetectDelimiter(string headerLine) =>
        headerLine.Contains(',', StringComparison.Ordinal) ? ','
        : headerLine.Contains('\t', StringComparison.Ordinal) ? '\t'
        : headerLine.Contains(';', StringComparison.Ordinal) ? ';'
        : ',';

    public IEnumerable<string[]> ReadRecords()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false; // the current record has a character (a line with nothing is still a record)
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (inQuotes)
            {
                if (c != Quote)
                {
                    field.Append(c);
                }
                else if (reader.Peek() == Quote)
                {
                    reader.Read();
                    field.Append(Quote);
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            if (c == Quote && field.Length == 0)
            {
                inQuotes = true;
                any = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
