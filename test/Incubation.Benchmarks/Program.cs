using System.Diagnostics;
using System.Globalization;
using Incubation;
using Incubation.Benchmarks;
using Incubation.Imports;

// Times the spreadsheet import through the real HTTP API on a fresh database (SQLite by default, PostgreSQL with
// INCUBATION_TEST_DB=PostgreSql and INCUBATION_TEST_PG_CONNECTION, as the tests): for each kind a generated file of
// N rows (default 10,000) is previewed and committed, after a warm-up run of each kind (JIT, caches).
// Prints a Markdown table. Nothing is asserted: a timing depends on the machine (see README.md).
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
await using var factory = new BenchmarkFactory();
await ((Xunit.IAsyncLifetime)factory).InitializeAsync();
using var admin = await new TestData(factory).AdminClientAsync();
var commands = new CommandTimer();
using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);

// Warm-up: the first large save of an entity type is several times slower until the JIT has optimised EF Core's
// paths; a server that has been running is warm, so that is what is measured.
foreach (var (kind, label, file) in RosterFiles.All(RosterFiles.NewCodes(Math.Min(rows, 2_000)), "预热"))
{
    await ImportClient.RunAsync(admin, kind, file, label);
}

Console.WriteLine($"Provider: {factory.Database.Provider}; rows per file: {rows}; {Environment.ProcessorCount} cores; load {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| file | size | preview (CPU) | commit (CPU) | SQL commands in the commit |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var (kind, label, file) in RosterFiles.All(RosterFiles.NewCodes(rows), "基准"))
{
    commands.Reset();
    var timing = await ImportClient.RunAsync(admin, kind, file, label, () => commands.Reset());
    Console.WriteLine($"| {label} | {file.Length / 1024} KB | {timing.Preview.TotalSeconds:0.0} s ({timing.PreviewCpu.TotalSeconds:0.0} s) " +
                      $"| {timing.Commit.TotalSeconds:0.0} s ({timing.CommitCpu.TotalSeconds:0.0} s) " +
                      $"| {commands.Count} ({commands.Total.TotalSeconds:0.00} s in the database) |");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
