namespace Incubation.Files;

public sealed class LocalDiskFileStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "incubation-tests", "storage-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Should_save_read_back_and_delete_under_a_generated_key()
    {
        var storage = new LocalDiskFileStorage(_root);
        var key = StoredFile.NewStorageKey(new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("2025/03/", key, StringComparison.Ordinal);

        await storage.SaveAsync(new MemoryStream([1, 2, 3]), key, CancellationToken.None);
        Assert.True(File.Exists(Path.Combine(_root, key)));
        await using (var read = await storage.OpenReadAsync(key, CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        }

        await Assert.ThrowsAnyAsync<IOException>(() => storage.SaveAsync(new MemoryStream([4]), key, CancellationToken.None));
        await storage.DeleteAsync(key, CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(_root, key)));
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("2025/03/../../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("2025\\03\\x")]
    [InlineData("2025//x")]
    [InlineData("")]
    public async Task Should_refuse_a_key_that_could_leave_the_root(string key)
    {
        var storage = new LocalDiskFileStorage(_root);
        await Assert.ThrowsAsync<ArgumentException>(() => storage.SaveAsync(new MemoryStream([1]), key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.DeleteAsync(key, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
