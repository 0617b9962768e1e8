using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

namespace Incubation.Imports;

/// <summary>The import endpoints as the wizard calls them, and spreadsheets built the way a user's would be.</summary>
public static class ImportRequests
{
    /// <param name="culture">The user's language as the app sends it (the culture cookie's or the query's); null: the default, Chinese.</param>
    public static string Url(ImportKind kind, string action, string? culture = null) =>
        $"/api/app/imports/{kind}/{action}" + (culture is null ? string.Empty : $"?culture={culture}&ui-culture={culture}");

    public static Task<HttpResponseMessage> TemplateAsync(ApiClient client, ImportKind kind, string? culture = null) =>
        client.GetAsync(Url(kind, "template", culture));

    public static Task<HttpResponseMessage> PreviewAsync(ApiClient client, ImportKind kind, byte[] file, string fileName = "roster.xlsx", string? culture = null) =>
        client.Http.PostAsync(Url(kind, "preview", culture), Form(file, fileName, null));

    public static Task<HttpResponseMessage> CommitAsync(ApiClient client, ImportKind kind, byte[] file, string fingerprint, string fileName = "roster.xlsx") =>
        client.Http.PostAsync(Url(kind, "commit"), Form(file, fileName, fingerprint));

    public static async Task<ImportPreviewDto> PreviewOkAsync(
        ApiClient client, ImportKind kind, byte[] file, string fileName = "roster.xlsx", string? culture = null) =>
        await client.ReadAsync<ImportPreviewDto>(await PreviewAsync(client, kind, file, fileName, culture));

    /// <summary>Preview, which must be clean, then commit: what the wizard does when the user confirms.</summary>
    public static async Task<ImportResultDto> ImportAsync(ApiClient client, ImportKind kind, byte[] file, string fileName = "roster.xlsx")
    {
        var preview = await PreviewOkAsync(client, kind, file, fileName);
        if (!preview.CanCommit)
        {
            throw new InvalidOperationException("The preview has errors: " + string.Join("; ", preview.Errors.Select(e => $"{e.RowNumber}/{e.Field}: {e.Message}")));
        }

        using var response = await CommitAsync(client, kind, file, preview.Fingerprint, fileName);
        return await client.ReadAsync<ImportResultDto>(response);
    }

    /// <summary>An .xlsx whose first row is <paramref name="header"/> and whose cells are given row by row (null: empty).</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var sheet = rows.Select(cells => header.Select((title, i) => (title, value: i < cells.Length ? cells[i] : null))
            .ToDictionary(c => c.title, c => c.value)).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0)
        {
            var table = new System.Data.DataTable();
            foreach (var title in header)
            {
                table.Columns.Add(title, typeof(string));
            }

            stream.SaveAs(table);
        }
        else
        {
            stream.SaveAs(sheet);
        }

        return stream.ToArray();
    }

    /// <summary>A CSV as Excel writes it: comma-separated, CRLF, fields with commas or quotes quoted.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<string?[]> rows, Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        foreach (var record in new[] { header.ToArray<string?>() }.Concat(rows))
        {
            text.Append(string.Join(",", record.Select(Quote))).Append("\r\n");
        }

        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;
    }

    /// <summary>The header row of a downloaded template (its first sheet).</summary>
    public static async Task<IReadOnlyList<string>> TemplateHeaderAsync(ApiClient client, ImportKind kind)
    {
        using var response = await TemplateAsync(client, kind);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var first = (IDictionary<string, object?>)stream.Query(useHeaderRow: false).First();
        return first.Values.Select(v => v?.ToString() ?? string.Empty).ToList();
    }

    public static string ErrorSummary(ImportPreviewDto preview) =>
        string.Join("; ", preview.Errors.Select(e => $"{e.RowNumber}/{e.Field}: {e.Message}"));

    private static MultipartFormDataContent Form(byte[] file, string fileName, string? fingerprint)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : ImportConsts.XlsxContentType);
        form.Add(content, "file", fileName);
        if (fingerprint is not null)
        {
            form.Add(new StringContent(fingerprint), "fingerprint");
        }

        return form;
    }

    private static string Quote(string? field) =>
        field is null ? string.Empty
        : field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : field;
}
