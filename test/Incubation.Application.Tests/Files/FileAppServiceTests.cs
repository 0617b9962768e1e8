using Incubation.Data;
using Incubation.Entities;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Files;

public class FileAppServiceTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_remove_the_stored_content_when_the_row_cannot_be_saved()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var name = "orphan-" + Guid.NewGuid().ToString("N")[..8] + ".png";
        var content = Png(200);
        Random.Shared.NextBytes(content.AsSpan(8));

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp =>
            ActivatorUtilities.CreateInstance<FileAppService>(sp, new FailingUnitOfWork())
                .UploadAsync(new MemoryStream(content), name, content.Length, null, StoredFilePurpose.Other, CancellationToken.None)));

        var left = Directory.Exists(factory.FilesRoot) ? Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(left, path => File.ReadAllBytes(path).AsSpan().SequenceEqual(content) || path.EndsWith(".partial", StringComparison.Ordinal));
        Assert.False(await factory.WithServicesAsync(sp =>
            sp.GetRequiredService<IncubationDbContext>().Set<StoredFile>().IgnoreQueryFilters().AnyAsync(f => f.OriginalName == name)));
    }

    [Fact]
    public async Task Should_not_trust_a_declared_length_smaller_than_the_content()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var content = Png((int)FileConsts.DefaultMaxSizeBytes + 1);

        var error = await Assert.ThrowsAsync<BusinessException>(() => factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp =>
            sp.GetRequiredService<IFileAppService>().UploadAsync(new MemoryStream(content), "big.png", 10, null, StoredFilePurpose.Other, CancellationToken.None)));
        Assert.Equal(IncubationErrorCodes.FileTooLarge, error.Code);
    }

    [Fact]
    public async Task Should_keep_the_hash_and_the_uploader_of_a_stored_file()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var content = Png(300);

        var dto = await factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp =>
            sp.GetRequiredService<IFileAppService>().UploadAsync(new MemoryStream(content), "a.png", content.Length, null, StoredFilePurpose.Other, CancellationToken.None));

        var stored = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<StoredFile>().SingleAsync(f => f.Id == dto.Id));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(admin.Id, stored.CreatorId);
        Assert.Matches("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$", stored.StorageKey);
    }

    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    private sealed class FailingUnitOfWork : IUnitOfWork
    {
        public Task SaveChangesAsync(CancellationToken cancellationToken) => throw new DbUpdateException("Simulated failure of the save.");

        public void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string concurrencyStamp)
        {
        }
    }
}
