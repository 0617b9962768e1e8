using System.Diagnostics;
using System.Net.Http.Headers;
using Incubation.Imports;

namespace Incubation.Benchmarks;

/// <summary>Wall-clock time of each request, and the CPU time the process spent meanwhile (client and server are one process).</summary>
public sealed record ImportTiming(TimeSpan Preview, TimeSpan Commit, TimeSpan PreviewCpu, TimeSpan CommitCpu);

/// <summary>Preview then commit, as the wizard does, timing each request; any error row or missing row fails the run.</summary>
public static class ImportClient
{
    public static async Task<ImportTiming> RunAsync(ApiClient admin, ImportKind kind, byte[] file, string label, Action? beforeCommit = null)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var previewResponse = await admin.Http.PostAsync($"/api/app/imports/{kind}/preview", Form(file, null));
        var preview = await admin.ReadAsync<ImportPreviewDto>(previewResponse);
        var previewTime = watch.Elapsed;
        process.Refresh();
        var previewCpu = process.TotalProcessorTime - cpu;
        if (!preview.CanCommit)
        {
            throw new InvalidOperationException($"{label}: {preview.ErrorCount} errors, the first: {preview.Errors[0].RowNumber} {preview.Errors[0].Message}");
        }

        beforeCommit?.Invoke();
        process.Refresh();
        cpu = process.TotalProcessorTime;
        watch.Restart();
        using var commitResponse = await admin.Http.PostAsync($"/api/app/imports/{kind}/commit", Form(file, preview.Fingerprint));
        var result = await admin.ReadAsync<ImportResultDto>(commitResponse);
        var commitTime = watch.Elapsed;
        process.Refresh();
        var commitCpu = process.TotalProcessorTime - cpu;
        if (result.CreatedCount + result.UpdatedCount != preview.TotalRows)
        {
            throw new InvalidOperationException($"{label}: {result.CreatedCount} created and {result.UpdatedCount} updated of {preview.TotalRows}.");
        }

        return new ImportTiming(previewTime, commitTime, previewCpu, commitCpu);
    }

    private static MultipartFormDataContent Form(byte[] file, string? fingerprint)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(ImportConsts.XlsxContentType);
        form.Add(content, "file", "roster.xlsx");
        if (fingerprint is not null)
        {
            form.Add(new StringContent(fingerprint), "fingerprint");
        }

        return form;
    }
}
