namespace Incubation.Imports;

/// <summary>
/// Reads and applies one kind's rows, a batch at a time: each batch costs a few queries whatever its size (the
/// records it refers to, by the keys in the batch only), never one per row. Holds the run's state (keys already seen
/// in the file), so one instance serves one run.
/// </summary>
public interface IRowImporter
{
    ImportKind Kind { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    Task PrepareAsync(ImportSession session, CancellationToken cancellationToken);

    /// <summary>Checks the rows, counts what they would do, and while the session is applying, does it (unsaved).</summary>
    Task ProcessAsync(IReadOnlyList<ImportRecord> batch, ImportSession session, CancellationToken cancellationToken);
}
