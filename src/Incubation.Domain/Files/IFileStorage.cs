namespace Incubation.Files;

/// <summary>
/// Where file contents live, addressed by a key the system generated (<see cref="StoredFile.NewStorageKey"/>),
/// never by a user's file name. The metadata is a <see cref="StoredFile"/> row.
/// </summary>
public interface IFileStorage
{
    /// <summary>Writes the content under a new key; refuses to overwrite an existing one.</summary>
    Task SaveAsync(Stream content, string storageKey, CancellationToken cancellationToken);

    /// <summary>Opens the content for reading; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes the content; a missing key is not an error.</summary>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken);
}
