using FluentValidation;
using Incubation.Data;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning;

/// <summary>The district's targets: read with the dashboard, changed by the bureau only.</summary>
public sealed class TargetAppService(
    IRepository<Target> targets,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    IValidator<UpdateTargetDto> validator) : ITargetAppService
{
    public async Task<IReadOnlyList<TargetDto>> GetListAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Default, cancellationToken);
        var list = await targets.Query().AsNoTracking().OrderBy(t => t.Indicator).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<TargetDto> UpdateAsync(Guid id, UpdateTargetDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Targets, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var target = await targets.Query().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                     ?? throw new EntityNotFoundException(nameof(Target), id);
        unitOfWork.ExpectConcurrencyStamp(target, input.ConcurrencyStamp);
        target.Set(input.BaselineYear, input.BaselineValue, input.TargetYear, input.TargetValue, input.Note);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(target);
    }

    private static TargetDto ToDto(Target t) => new(
        t.Id, t.Indicator, IndicatorDefinitions.UnitOf(t.Indicator), IndicatorDefinitions.ShapeOf(t.Indicator),
        t.BaselineYear, t.BaselineValue, t.TargetYear, t.TargetValue, t.Note, t.ConcurrencyStamp);
}
