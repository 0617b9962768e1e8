using FluentValidation;
using Incubation.Data;
using Incubation.Localization;
using Incubation.Permissions;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Riok.Mapperly.Abstractions;

namespace Incubation.Certification;

/// <summary>The batch calendar: readable with the pipelines, edited by the bureau (Applications.Manage).</summary>
public sealed class CertificationBatchAppService(
    IRepository<CertificationBatch> batches,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    IValidator<UpsertCertificationBatchDto> validator) : ICertificationBatchAppService
{
    public async Task<IReadOnlyList<CertificationBatchDto>> GetListAsync(int year, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Default, cancellationToken);
        var list = await batches.Query().AsNoTracking().Where(b => b.Year == year).OrderBy(b => b.Kind).ToListAsync(cancellationToken);
        return list.Select(CertificationBatchMapper.ToDto).ToList();
    }

    public async Task<CertificationBatchDto> UpsertAsync(QualificationKind kind, int year, UpsertCertificationBatchDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Applications.Manage, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        if (!Enum.IsDefined(kind) || year < ApplicationConsts.MinYear || year > 2100)
        {
            throw new EntityNotFoundException(nameof(CertificationBatch), Guid.Empty);
        }

        var batch = await batches.Query().FirstOrDefaultAsync(b => b.Kind == kind && b.Year == year, cancellationToken);
        if (batch is null)
        {
            batch = new CertificationBatch(kind, year);
            batches.Add(batch);
        }
        else
        {
            unitOfWork.ExpectConcurrencyStamp(batch, input.ConcurrencyStamp ?? string.Empty);
        }

        batch.Schedule(input.OpensOn, input.ClosesOn, input.ReviewOn, input.PublicityOn, input.AnnouncementOn, input.Notice);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(); // created meanwhile by someone else
        }

        return batch.ToDto();
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CertificationBatchMapper
{
    public static partial CertificationBatchDto ToDto(this CertificationBatch batch);
}

/// <summary>The dates follow the batch's order: open ≤ close ≤ review ≤ 公示 ≤ announcement, where given.</summary>
public sealed class UpsertCertificationBatchDtoValidator : AbstractValidator<UpsertCertificationBatchDto>
{
    public UpsertCertificationBatchDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Notice).MaximumLength(ApplicationConsts.MaxNoteLength).Named(l, "Batch:Notice");
        After(x => x.ClosesOn, x => x.OpensOn, "Batch:ClosesOn", "Batch:OpensOn", l);
        After(x => x.ReviewOn, x => x.ClosesOn, "Batch:ReviewOn", "Batch:ClosesOn", l);
        After(x => x.PublicityOn, x => x.ReviewOn ?? x.ClosesOn, "Batch:PublicityOn", "Batch:ReviewOn", l);
        After(x => x.AnnouncementOn, x => x.PublicityOn ?? x.ReviewOn ?? x.ClosesOn, "Batch:AnnouncementOn", "Batch:PublicityOn", l);
    }

    private void After(
        System.Linq.Expressions.Expression<Func<UpsertCertificationBatchDto, DateOnly?>> later, Func<UpsertCertificationBatchDto, DateOnly?> earlier,
        string laterKey, string earlierKey, IStringLocalizer<IncubationResource> l) =>
        RuleFor(later).Must((x, d) => d is null || earlier(x) is not { } e || d >= e)
            .WithMessage(_ => l["Batch:OutOfOrder", l[laterKey], l[earlierKey]]).Named(l, laterKey);
}
