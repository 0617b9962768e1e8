using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incubation.Benchmarks;

/// <summary>The tests' host; a console app is not found by the test host's content-root lookup, so it is given.</summary>
internal sealed class BenchmarkFactory : IncubationWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Incubation.HttpApi.Host")));
    }
}

/// <summary>Counts the SQL commands EF Core runs and the time they take (its diagnostic events), to tell database time from the rest.</summary>
internal sealed class CommandTimer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private long _ticks;
    private int _count;

    public int Count => _count;

    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Reset()
    {
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _count, 0);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed)
        {
            Interlocked.Add(ref _ticks, executed.Duration.Ticks);
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
