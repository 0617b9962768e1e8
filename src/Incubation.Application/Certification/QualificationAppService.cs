using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Incubation.Certification;

/// <summary>Qualifications entered by the bureau, and the ladder rungs derived from them (never typed by hand).</summary>
public sealed class QualificationAppService(
    IRepository<Qualification> qualifications,
    IRepository<Files.StoredFile> files,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TimeProvider clock,
    IConfiguration configuration,
    IValidator<CreateQualificationDto> validator) : IQualificationAppService
{
    public const string BureauEntrySource = "Bureau";

    public async Task<IReadOnlyList<QualificationDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var today = Today;
        return await qualifications.Query().AsNoTracking()
            .Where(q => q.EnterpriseId == enterpriseId)
            .OrderByDescending(q => q.IssuedOn)
            .Select(q => new QualificationDto(q.Id, q.Kind, q.CertificateNumber, q.IssuedOn, q.ExpiresOn, q.Source,
                q.IssuedOn <= today && today <= q.ExpiresOn, q.Level, q.IssuingBody, q.DocumentFileIds))
            .ToListAsync(cancellationToken);
    }

    public async Task<QualificationDto> CreateAsync(Guid enterpriseId, CreateQualificationDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Manage, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);

        var expiresOn = input.ExpiresOn ?? QualificationValidity.DefaultExpiry(input.Kind, input.IssuedOn, TechSmeValidUntil);
        var qualification = new Qualification(enterpriseId, input.Kind, input.CertificateNumber, input.IssuedOn, expiresOn,
            string.IsNullOrWhiteSpace(input.Source) ? BureauEntrySource : input.Source.Trim());
        var documents = input.DocumentFileIds?.Distinct().ToList() ?? [];
        if (documents.Count > 0
            && await files.Query().CountAsync(f => documents.Contains(f.Id) && f.EnterpriseId == enterpriseId, cancellationToken) != documents.Count)
        {
            // Only files uploaded for this enterprise (and visible to the caller) may be attached.
            throw new BusinessException(IncubationErrorCodes.UnknownDocument, 400) { Field = "documentFileIds" };
        }

        qualification.Describe(input.Level ?? Qualification.DefaultLevel(input.Kind), input.IssuingBody, documents);
        qualifications.Add(qualification);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var today = Today;
        return new QualificationDto(qualification.Id, qualification.Kind, qualification.CertificateNumber, qualification.IssuedOn,
            qualification.ExpiresOn, qualification.Source, qualification.IsValidOn(today), qualification.Level, qualification.IssuingBody,
            qualification.DocumentFileIds);
    }

    public async Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Manage, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var qualification = await qualifications.Query().FirstOrDefaultAsync(q => q.Id == id && q.EnterpriseId == enterpriseId, cancellationToken)
                            ?? throw new EntityNotFoundException(nameof(Qualification), id);
        qualifications.Remove(qualification);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<LadderDto> GetLaddersAsync(Guid enterpriseId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var held = await qualifications.Query().AsNoTracking().Where(q => q.EnterpriseId == enterpriseId).ToListAsync(cancellationToken);
        var position = QualificationLadder.Evaluate(held, asOf ?? Today);
        return new LadderDto(position.AsOf,
            new ScienceRungDto(position.Science.Value, position.Science.ValidUntil),
            new MiitRungDto(position.Miit.Value, position.Miit.ValidUntil));
    }

    private DateOnly Today => ChinaTime.Today(clock);

    private string TechSmeValidUntil =>
        configuration[QualificationConsts.TechSmeValidUntilSetting] ?? QualificationConsts.DefaultTechSmeValidUntil;
}
