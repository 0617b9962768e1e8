using FluentValidation;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Localization;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification;

/// <summary>
/// The certification pipelines. An application is visible with its enterprise (the scope); moves and evidence need
/// Applications.Manage. A 高企 candidate and the pool's "ready to apply" stage are one fact: starting the one moves
/// the other (<see cref="ReadyToApplySync"/>).
/// </summary>
public sealed class CertificationApplicationAppService(
    IRepository<CertificationApplication> applications,
    IRepository<Qualification> qualifications,
    IEnterpriseRepository enterprises,
    ReadyToApplySync readyToApply,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IConfiguration configuration,
    IStringLocalizer<IncubationResource> l,
    CertificationApplicationValidators validators,
    OfficialListImporter importer) : ICertificationApplicationAppService
{
    /// <summary>A batch is a few hundred applications; the cap keeps the export one short query.</summary>
    public const int ExportLimit = 20_000;

    public async Task<IReadOnlyList<PipelineColumnDto>> GetPipelineAsync(GetPipelineInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Default, cancellationToken);
        await validators.Pipeline.ValidateAndThrowAsync(input, cancellationToken);
        var year = input.Year ?? ChinaTime.Today(clock).Year;
        var cards =
            from a in applications.Query().AsNoTracking()
            join e in enterprises.Query() on a.EnterpriseId equals e.Id
            where a.Kind == input.Kind && a.Year == year
            select new { a, e.Name };
        var counts = await cards.GroupBy(c => c.a.Stage).Select(g => new { Stage = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);
        var columns = new List<PipelineColumnDto>();
        foreach (var stage in Enum.GetValues<ApplicationStage>())
        {
            var items = counts.GetValueOrDefault(stage) == 0 ? [] : await cards.Where(c => c.a.Stage == stage)
                .OrderBy(c => c.a.StageSince).ThenBy(c => c.a.Id).Take(input.MaxPerColumn)
                .Select(c => new { c.a.Id, c.a.EnterpriseId, c.Name, c.a.Stage, c.a.StageSince, c.a.Evidence, c.a.ConcurrencyStamp })
                .ToListAsync(cancellationToken);
            columns.Add(new PipelineColumnDto(stage, counts.GetValueOrDefault(stage), items.Select(i => new ApplicationCardDto(
                i.Id, i.EnterpriseId, i.Name, i.Stage, i.StageSince, CertificationApplication.CompletenessOf(i.Evidence), i.ConcurrencyStamp)).ToList()));
        }

        return columns;
    }

    public async Task<IReadOnlyList<ApplicationExportRowDto>> GetListForExportAsync(GetPipelineInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Default, cancellationToken);
        await validators.Pipeline.ValidateAndThrowAsync(input, cancellationToken);
        var year = input.Year ?? ChinaTime.Today(clock).Year;
        var rows = await (
                from a in applications.Query().AsNoTracking()
                join e in enterprises.Query() on a.EnterpriseId equals e.Id
                where a.Kind == input.Kind && a.Year == year
                orderby a.Stage, e.Name
                select new { e.Name, e.UnifiedSocialCreditCode, a.Stage, a.StageSince, a.Evidence })
            .Take(ExportLimit).ToListAsync(cancellationToken);
        return rows.Select(r => new ApplicationExportRowDto(r.Name, r.UnifiedSocialCreditCode, r.Stage, r.StageSince,
            CertificationApplication.CompletenessOf(r.Evidence),
            r.Evidence.Where(e => e.State is EvidenceState.Missing or EvidenceState.Expired).Select(e => l["Evidence:" + e.Code].Value).ToList())).ToList();
    }

    public async Task<CertificationApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Default, cancellationToken);
        var (application, name) = await LoadAsync(id, tracking: false, cancellationToken);
        return ToDto(application, name);
    }

    public async Task<IReadOnlyList<CertificationApplicationDto>> GetForEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Default, cancellationToken);
        var name = await enterprises.Query().Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(Enterprise), enterpriseId);
        var list = await applications.Query().AsNoTracking().Include(a => a.Events)
            .Where(a => a.EnterpriseId == enterpriseId).OrderByDescending(a => a.Year).ThenBy(a => a.Kind).ToListAsync(cancellationToken);
        return list.Select(a => ToDto(a, name)).ToList();
    }

    public async Task<CertificationApplicationDto> CreateAsync(CreateApplicationDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Manage, cancellationToken);
        await validators.Create.ValidateAndThrowAsync(input, cancellationToken);
        var name = await enterprises.Query().Where(e => e.Id == input.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(Enterprise), input.EnterpriseId);
        if (await applications.Query().AnyAsync(a => a.EnterpriseId == input.EnterpriseId && a.Kind == input.Kind && a.Year == input.Year, cancellationToken))
        {
            throw Exists();
        }

        var actor = Actor();
        var application = CertificationApplication.Start(input.EnterpriseId, input.Kind, input.Year, actor, input.Note);
        applications.Add(application);
        if (input.Kind == QualificationKind.HighTech)
        {
            await readyToApply.MovePoolAsync(input.EnterpriseId, new MembershipActor(actor.UserId, actor.UserName, actor.Time), cancellationToken);
        }

        await SaveAsync(cancellationToken);
        return ToDto(application, name);
    }

    public async Task<CertificationApplicationDto> MoveAsync(Guid id, MoveApplicationDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Manage, cancellationToken);
        await validators.Move.ValidateAndThrowAsync(input, cancellationToken);
        var (application, name) = await LoadAsync(id, tracking: true, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(application, input.ConcurrencyStamp);
        if (input.Stage == ApplicationStage.Approved)
        {
            var credit = await enterprises.Query().Where(e => e.Id == application.EnterpriseId)
                .Select(e => new { e.IncubatorId, e.ResponsibleOfficerId }).FirstAsync(cancellationToken);
            var issuedOn = input.IssuedOn!.Value;
            var expiresOn = input.ExpiresOn ?? QualificationValidity.DefaultExpiry(application.Kind, issuedOn,
                configuration[QualificationConsts.TechSmeValidUntilSetting] ?? QualificationConsts.DefaultTechSmeValidUntil);
            qualifications.Add(application.Approve(input.CertificateNumber!, issuedOn, expiresOn, QualificationSources.Application,
                (credit.IncubatorId, credit.ResponsibleOfficerId), Actor(), input.Note));
        }
        else
        {
            application.MoveTo(input.Stage, Actor(), input.Note);
        }

        await SaveAsync(cancellationToken);
        return ToDto(application, name);
    }

    public async Task<CertificationApplicationDto> UpdateEvidenceAsync(Guid id, UpdateEvidenceDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Manage, cancellationToken);
        await validators.Evidence.ValidateAndThrowAsync(input, cancellationToken);
        var (application, name) = await LoadAsync(id, tracking: true, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(application, input.ConcurrencyStamp);
        application.UpdateEvidence(input.Code, input.State, input.ExpiresOn, input.Note);
        await SaveAsync(cancellationToken);
        return ToDto(application, name);
    }

    public async Task<OfficialListImportResultDto> ImportOfficialListAsync(
        ImportOfficialListInput input, IReadOnlyList<OfficialListRow> rows, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Manage, cancellationToken);
        return await importer.ImportAsync(input, rows, Actor(), cancellationToken);
    }

    private async Task<(CertificationApplication Application, string EnterpriseName)> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken)
    {
        // Two queries: the enterprise repository reads without tracking, and one untracked part would untrack the whole query.
        var query = applications.Query().Include(a => a.Events);
        var application = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var name = application is null ? null
            : await enterprises.Query().Where(e => e.Id == application.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null ? throw new EntityNotFoundException(nameof(CertificationApplication), id) : (application!, name);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw Exists(); // the same enterprise, kind and year started concurrently
        }
    }

    private CertificationApplicationDto ToDto(CertificationApplication a, string enterpriseName) => new(
        a.Id, a.EnterpriseId, enterpriseName, a.Kind, a.Year, a.Stage, a.StageSince, a.Completeness, a.QualificationId,
        CertificationApplication.MovesFrom(a.Stage),
        a.Evidence.Select(e => new EvidenceItemDto(e.Code, l["Evidence:" + e.Code], e.State, e.ExpiresOn, e.Note)).ToList(),
        a.Events.OrderBy(e => e.Sequence).Select(e => new ApplicationEventDto(e.FromStage, e.ToStage, e.UserName, e.Time, e.Note)).ToList(),
        a.ConcurrencyStamp);

    private ApplicationActor Actor() => new(currentUser.Id, currentUser.DisplayName ?? currentUser.UserName, clock.GetUtcNow().UtcDateTime);

    private static BusinessException Exists() => new(IncubationErrorCodes.ApplicationExists, 409);
}
