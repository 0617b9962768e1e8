using System.Diagnostics;
using System.Text.Json;
using Incubation.Entities;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incubation.Auditing;

/// <summary>
/// Before every save: fills the auditing fields, turns deletes of soft-deletable records into updates, renews
/// concurrency stamps, and adds one audit-log row per changed record, so the log commits with the change or not at all.
/// </summary>
public sealed class AuditingSaveChangesInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        var logs = new List<AuditLogEntry>();
        foreach (var entry in entries)
        {
            var changeType = Stamp(entry, now);
            if (entry.Entity is IAudited && changeType is { } type && ToLog(entry, type, now) is { } log)
            {
                logs.Add(log);
            }
        }

        context.AddRange(logs);
    }

    private AuditChangeType? Stamp(EntityEntry entry, DateTime now)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                SetIfPresent(entry, nameof(IAuditedObject.CreationTime), now);
                SetIfPresent(entry, nameof(IAuditedObject.CreatorId), currentUser.Id);
                return AuditChangeType.Created;
            case EntityState.Deleted when entry.Entity is ISoftDelete:
                entry.State = EntityState.Modified;
                SetIfPresent(entry, nameof(ISoftDelete.IsDeleted), true);
                SetIfPresent(entry, nameof(ISoftDelete.DeletionTime), now);
                SetIfPresent(entry, nameof(ISoftDelete.DeleterId), currentUser.Id);
                RenewStamp(entry);
                return AuditChangeType.Deleted;
            case EntityState.Deleted:
                return AuditChangeType.Deleted;
            case EntityState.Modified when entry.Properties.Any(p => p.IsModified):
                SetIfPresent(entry, nameof(IAuditedObject.LastModificationTime), now);
                SetIfPresent(entry, nameof(IAuditedObject.LastModifierId), currentUser.Id);
                RenewStamp(entry);
                return AuditChangeType.Updated;
            default:
                return null;
        }
    }

    private static void RenewStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp)
        {
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = Guid.NewGuid().ToString("N");
        }
    }

    private static void SetIfPresent(EntityEntry entry, string property, object? value)
    {
        if (entry.Metadata.FindProperty(property) is not null)
        {
            entry.Property(property).CurrentValue = value;
        }
    }

    /// <summary>Secrets and sign-in bookkeeping of Identity users: never written to the log.</summary>
    private static readonly HashSet<string> NotLogged =
        [nameof(IHasConcurrencyStamp.ConcurrencyStamp), "PasswordHash", "SecurityStamp", "AccessFailedCount"];

    private AuditLogEntry? ToLog(EntityEntry entry, AuditChangeType changeType, DateTime now)
    {
        var changes = entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && !NotLogged.Contains(p.Metadata.Name))
            .Where(p => entry.State == EntityState.Added || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)) || changeType == AuditChangeType.Deleted && p.IsModified)
            .Select(p => new PropertyChange(
                p.Metadata.Name,
                entry.State == EntityState.Added ? null : p.OriginalValue,
                entry.State == EntityState.Deleted ? null : p.CurrentValue))
            .ToList();
        if (changes.Count == 0 && changeType == AuditChangeType.Updated)
        {
            return null; // only unlogged bookkeeping changed (a sign-in resetting the failure count)
        }

        var key = string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue));
        return new AuditLogEntry(
            entry.Metadata.ClrType.Name, key, changeType, JsonSerializer.Serialize(changes, JsonOptions),
            currentUser.Id, currentUser.UserName, now, Activity.Current?.TraceId.ToString());
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record PropertyChange(string Property, object? OldValue, object? NewValue);
}
