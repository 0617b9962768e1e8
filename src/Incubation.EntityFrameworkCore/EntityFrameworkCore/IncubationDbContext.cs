using System.Linq.Expressions;
using Incubation.Auditing;
using Incubation.Calendar;
using Incubation.Cultivation;
using Incubation.Enterprises;
using Incubation.Entities;
using Incubation.Files;
using Incubation.Identity;
using Incubation.Incubators;
using Incubation.Lookups;
using Incubation.Visits;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Incubation.EntityFrameworkCore;

public class IncubationDbContext(DbContextOptions<IncubationDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseContact> EnterpriseContacts => Set<EnterpriseContact>();
    public DbSet<SubDistrict> SubDistricts => Set<SubDistrict>();
    public DbSet<TechField> TechFields => Set<TechField>();
    public DbSet<ResponsibleUnit> ResponsibleUnits => Set<ResponsibleUnit>();
    public DbSet<Incubator> Incubators => Set<Incubator>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<AuditLogEntry> AuditLogs => Set<AuditLogEntry>();

    // Read by the query filters on every query: EF Core turns these context members into parameters.
    internal DataScope Scope => currentUser.DataScope;
    internal Guid? CurrentUserId => currentUser.Id;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IncubationDbContext).Assembly);
        ApplyClientGeneratedKeys(builder);
        ApplySoftDeleteFilters(builder);
        ApplyDataScopeFilters(builder);
        builder.UseUtcDateTimes();

        // A credit code is unique among live enterprises only: a deleted one may be registered again.
        builder.Entity<Enterprise>().HasIndex(e => e.UnifiedSocialCreditCode).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
        builder.Entity<PoolMembership>().HasIndex(m => m.EnterpriseId).HasFilter(ProviderSql.IsTrue(Database.ProviderName, nameof(PoolMembership.IsOpen)));

        // One yearly-data row per enterprise and fiscal year among live rows.
        builder.Entity<YearlyData>().HasIndex(y => new { y.EnterpriseId, y.FiscalYear }).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));

        // One live reminder letter per unit and half-year; letter numbers unique within a year among live letters.
        builder.Entity<ReminderLetter>().HasIndex(l => new { l.ResponsibleUnitId, l.Year, l.Half }).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
        builder.Entity<ReminderLetter>().HasIndex(l => new { l.Year, l.Sequence }).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));

        // One live application per enterprise, kind and batch year.
        builder.Entity<Certification.CertificationApplication>().HasIndex(a => new { a.EnterpriseId, a.Kind, a.Year }).IsUnique()
            .HasFilter(ProviderSql.NotDeleted(Database.ProviderName));

        builder.Entity<Certification.CertificationBatch>().HasIndex(b => new { b.Kind, b.Year }).IsUnique()
            .HasFilter(ProviderSql.NotDeleted(Database.ProviderName));

        builder.Entity<CalendarDay>().HasIndex(d => d.Date).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));

        // One live target per indicator, key task per number, progress note per task/unit/half, report per half.
        builder.Entity<Planning.Target>().HasIndex(t => t.Indicator).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
        builder.Entity<Planning.KeyTask>().HasIndex(t => t.Number).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
        builder.Entity<Planning.TaskProgressNote>().HasIndex(n => new { n.KeyTaskId, n.ResponsibleUnitId, n.Year, n.Half })
            .HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
        builder.Entity<Planning.SemiAnnualReport>().HasIndex(r => new { r.Year, r.Half }).HasFilter(ProviderSql.NotDeleted(Database.ProviderName));
    }

    /// <summary>
    /// Keys are made by the entity itself (Guid v7), never by the store. Telling EF so makes a child added to a loaded
    /// aggregate's collection an INSERT: with a "generated" key that is already set, EF would take it for an existing row.
    /// </summary>
    private static void ApplyClientGeneratedKeys(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entities.Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entities.Entity.Id)).ValueGeneratedNever();
        }
    }

    private static void ApplySoftDeleteFilters(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ISoftDelete).IsAssignableFrom(t.ClrType)))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var notDeleted = Expression.Lambda(
                Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted))), entity);
            builder.Entity(entityType.ClrType).HasQueryFilter(QueryFilters.SoftDelete, notDeleted);
            builder.Entity(entityType.ClrType).Property(nameof(ISoftDelete.IsDeleted)).HasDefaultValue(false);
        }
    }

    /// <summary>The data scope of DataScopeExtensions.Covers, as a query filter (keep the two in step).</summary>
    private void ApplyDataScopeFilters(ModelBuilder builder)
    {
        // An enterprise waiting for verification of its self-registration is outside every scope: only the bureau's
        // registration queue (which lifts this filter) reaches it.
        builder.Entity<Enterprise>().HasQueryFilter(QueryFilters.DataScope, e => e.Status == EnterpriseStatus.Active && (
            Scope.All
            || (Scope.EnterpriseId != null && e.Id == Scope.EnterpriseId)
            || (Scope.IncubatorId != null && e.IncubatorId == Scope.IncubatorId)
            || (Scope.OfficerId != null && e.ResponsibleOfficerId == Scope.OfficerId)
            || (Scope.SubDistrictCode != null && e.SubDistrictCode == Scope.SubDistrictCode)));

        // Yearly data and its history are visible exactly when their enterprise is (its scope and soft delete).
        builder.Entity<YearlyData>().HasQueryFilter(QueryFilters.DataScope, y => Enterprises.Any(e => e.Id == y.EnterpriseId));
        builder.Entity<YearlyDataRevision>().HasQueryFilter(QueryFilters.DataScope, r => Set<YearlyData>().Any(y => y.Id == r.YearlyDataId));

        // Visits follow their enterprise. Needs are seen by their enterprise's scope and by the unit they are
        // addressed to (a unit officer sees exactly their unit's needs); letters by the bureau and their unit.
        builder.Entity<Visit>().HasQueryFilter(QueryFilters.DataScope, v => Enterprises.Any(e => e.Id == v.EnterpriseId));
        builder.Entity<VisitOfficer>().HasQueryFilter(QueryFilters.DataScope, o => Set<Visit>().Any(v => v.Id == o.VisitId));
        builder.Entity<Need>().HasQueryFilter(QueryFilters.DataScope, n =>
            (Scope.ResponsibleUnitId != null && n.ResponsibleUnitId == Scope.ResponsibleUnitId)
            || Enterprises.Any(e => e.Id == n.EnterpriseId));
        builder.Entity<NeedEvent>().HasQueryFilter(QueryFilters.DataScope, ev => Set<Need>().Any(n => n.Id == ev.NeedId));
        builder.Entity<ReminderLetter>().HasQueryFilter(QueryFilters.DataScope, l =>
            Scope.All || (Scope.ResponsibleUnitId != null && l.ResponsibleUnitId == Scope.ResponsibleUnitId));
        builder.Entity<ReminderLetterNeed>().HasQueryFilter(QueryFilters.DataScope, n => Set<ReminderLetter>().Any(l => l.Id == n.LetterId));

        // Eligibility profiles and stored runs follow their enterprise.
        builder.Entity<Certification.EligibilityProfile>().HasQueryFilter(QueryFilters.DataScope, p => Enterprises.Any(e => e.Id == p.EnterpriseId));
        builder.Entity<Certification.EligibilityRun>().HasQueryFilter(QueryFilters.DataScope, r => Enterprises.Any(e => e.Id == r.EnterpriseId));
        builder.Entity<Certification.CertificationApplication>().HasQueryFilter(QueryFilters.DataScope, a => Enterprises.Any(e => e.Id == a.EnterpriseId));
        builder.Entity<Certification.ApplicationEvent>().HasQueryFilter(QueryFilters.DataScope, ev => Set<Certification.CertificationApplication>().Any(a => a.Id == ev.ApplicationId));
        builder.Entity<Certification.EligibilitySnapshot>().HasQueryFilter(QueryFilters.DataScope, s => Enterprises.Any(e => e.Id == s.EnterpriseId));

        // A file is visible with its enterprise; one without an enterprise, to its uploader and the district-wide roles.
        builder.Entity<StoredFile>().HasQueryFilter(QueryFilters.DataScope, f =>
            (f.EnterpriseId != null && Enterprises.Any(e => e.Id == f.EnterpriseId))
            || (f.EnterpriseId == null && (Scope.All || (CurrentUserId != null && f.CreatorId == CurrentUserId))));

        // Projects and benefits follow their enterprise; a platform hosted by an enterprise too, an institution's is public.
        builder.Entity<Platforms.TechTransferProject>().HasQueryFilter(QueryFilters.DataScope, p => Enterprises.Any(e => e.Id == p.EnterpriseId));
        builder.Entity<Planning.BenefitGrant>().HasQueryFilter(QueryFilters.DataScope, g => Enterprises.Any(e => e.Id == g.EnterpriseId));
        builder.Entity<Platforms.InnovationPlatform>().HasQueryFilter(QueryFilters.DataScope, p =>
            p.HostEnterpriseId == null || Enterprises.Any(e => e.Id == p.HostEnterpriseId));

        // A unit reads and writes its own progress notes; the bureau and leadership all of them.
        builder.Entity<Planning.TaskProgressNote>().HasQueryFilter(QueryFilters.DataScope, n =>
            Scope.All || (Scope.ResponsibleUnitId != null && n.ResponsibleUnitId == Scope.ResponsibleUnitId));

        // Registrations and key-field changes are the bureau's queue; an enterprise reaches its own through the
        // portal services, which filter by the caller's user or enterprise id.
        builder.Entity<Portal.RegistrationRequest>().HasQueryFilter(QueryFilters.DataScope, r => Scope.All || r.UserId == CurrentUserId);
        builder.Entity<Portal.ProfileChangeRequest>().HasQueryFilter(QueryFilters.DataScope, r =>
            Scope.All || (Scope.EnterpriseId != null && r.EnterpriseId == Scope.EnterpriseId));
    }
}
