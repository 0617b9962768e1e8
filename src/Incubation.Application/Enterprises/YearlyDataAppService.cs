using System.Globalization;
using FluentValidation;
using Incubation.Data;
using Incubation.Identity;
using Incubation.Permissions;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;
using P = Incubation.Permissions.IncubationPermissions;

namespace Incubation.Enterprises;

/// <summary>
/// Yearly data of one enterprise. The enterprise is looked up through the scope-filtered registry first, so a caller
/// outside its scope gets 404 and reads or writes nothing; every change takes the stamp the client read (409 if stale).
/// </summary>
public sealed class YearlyDataAppService(
    IEnterpriseRepository enterprises,
    IYearlyDataRepository yearlyData,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    EnterpriseUsersNotifier enterpriseUsers,
    IValidator<UpdateYearlyDataDto> draftValidator,
    IValidator<ChangeYearlyDataStatusInput> stepValidator,
    IValidator<ReturnYearlyDataInput> returnValidator) : IYearlyDataAppService
{
    public async Task<IReadOnlyList<YearlyDataDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        // A handful of rows per enterprise: loaded, then mapped (the per-figure sources are a JSON column).
        var years = await yearlyData.Query().AsNoTracking()
            .Where(y => y.EnterpriseId == enterpriseId)
            .OrderByDescending(y => y.FiscalYear)
            .ToListAsync(cancellationToken);
        return years.Select(y => y.ToDto()).ToList();
    }

    public async Task<YearlyDataDto> GetAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var year = await yearlyData.Query().AsNoTracking()
                       .FirstOrDefaultAsync(y => y.EnterpriseId == enterpriseId && y.FiscalYear == fiscalYear, cancellationToken)
                   ?? throw NotFound(enterpriseId, fiscalYear);
        return year.ToDto();
    }

    public async Task<YearlyDataDto> SaveDraftAsync(
        Guid enterpriseId, int fiscalYear, UpdateYearlyDataDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Edit, cancellationToken);
        var context = new ValidationContext<UpdateYearlyDataDto>(input);
        context.RootContextData[UpdateYearlyDataDtoValidator.FiscalYearKey] = fiscalYear;
        var result = await draftValidator.ValidateAsync(context, cancellationToken);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }

        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var figures = input.ToFigures();
        var data = await yearlyData.FindForUpdateAsync(enterpriseId, fiscalYear, cancellationToken);
        if (data is null)
        {
            data = new YearlyData(Guid.CreateVersion7(), enterpriseId, fiscalYear, figures, DraftProvenance(), clock.GetUtcNow().UtcDateTime);
            yearlyData.Add(data);
        }
        else
        {
            // No stamp for a year that exists: the client thought it was creating it, and someone else did first.
            unitOfWork.ExpectConcurrencyStamp(data, input.ConcurrencyStamp ?? string.Empty);
            data.UpdateDraft(figures, DraftProvenance(), clock.GetUtcNow().UtcDateTime);
        }

        await SaveAsync(cancellationToken);
        return data.ToDto();
    }

    public async Task<YearlyDataDto> SubmitAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Edit, cancellationToken);
        await stepValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await StepAsync(enterpriseId, fiscalYear, input.ConcurrencyStamp, (data, actor) => data.Submit(actor), cancellationToken);
    }

    public async Task<YearlyDataDto> VerifyAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Verify, cancellationToken);
        await stepValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await StepAsync(enterpriseId, fiscalYear, input.ConcurrencyStamp, (data, actor) => data.Verify(actor), cancellationToken);
    }

    public async Task<YearlyDataDto> ReturnAsync(
        Guid enterpriseId, int fiscalYear, ReturnYearlyDataInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Verify, cancellationToken);
        await returnValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await StepAsync(
            enterpriseId, fiscalYear, input.ConcurrencyStamp, (data, actor) => data.Return(input.Comment, actor), NotifyReturnedAsync, cancellationToken);
    }

    public async Task<YearlyDataDto> ReopenAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Verify, cancellationToken);
        await stepValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await StepAsync(enterpriseId, fiscalYear, input.ConcurrencyStamp, (data, actor) => data.Reopen(actor), cancellationToken);
    }

    public async Task<IReadOnlyList<YearlyDataRevisionDto>> GetRevisionsAsync(
        Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(P.YearlyData.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var id = await yearlyData.Query()
                     .Where(y => y.EnterpriseId == enterpriseId && y.FiscalYear == fiscalYear)
                     .Select(y => (Guid?)y.Id)
                     .FirstOrDefaultAsync(cancellationToken)
                 ?? throw NotFound(enterpriseId, fiscalYear);
        var revisions = await yearlyData.QueryRevisions()
            .Where(r => r.YearlyDataId == id)
            .OrderBy(r => r.Time).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return revisions.Select(r => r.ToRevisionDto()).ToList();
    }

    private Task<YearlyDataDto> StepAsync(
        Guid enterpriseId, int fiscalYear, string concurrencyStamp, Action<YearlyData, YearlyDataActor> step,
        CancellationToken cancellationToken) =>
        StepAsync(enterpriseId, fiscalYear, concurrencyStamp, step, (_, _) => Task.CompletedTask, cancellationToken);

    /// <summary>Takes the step; <paramref name="then"/> adds what goes with it, saved in the same transaction.</summary>
    private async Task<YearlyDataDto> StepAsync(
        Guid enterpriseId, int fiscalYear, string concurrencyStamp, Action<YearlyData, YearlyDataActor> step,
        Func<YearlyData, CancellationToken, Task> then, CancellationToken cancellationToken)
    {
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var data = await yearlyData.FindForUpdateAsync(enterpriseId, fiscalYear, cancellationToken)
                   ?? throw NotFound(enterpriseId, fiscalYear);
        unitOfWork.ExpectConcurrencyStamp(data, concurrencyStamp);
        step(data, new YearlyDataActor(currentUser.Id, currentUser.UserName, clock.GetUtcNow().UtcDateTime));
        await then(data, cancellationToken);
        await SaveAsync(cancellationToken);
        return data.ToDto();
    }

    /// <summary>The enterprise's own staff are told to correct the year; the return's revision keys the notice.</summary>
    private async Task NotifyReturnedAsync(YearlyData data, CancellationToken cancellationToken)
    {
        var name = await enterprises.Query().Where(e => e.Id == data.EnterpriseId).Select(e => e.Name).FirstAsync(cancellationToken);
        var subject = string.Create(CultureInfo.InvariantCulture, $"{data.FiscalYear} · {name}");
        await enterpriseUsers.NotifyAsync(new EnterpriseNotice(
            data.EnterpriseId, NotificationKind.YearlyDataReturned, data.Id, $"returned-{data.Revisions[^1].Id:N}", subject), cancellationToken);
    }

    /// <summary>An enterprise's own staff report for themselves; anyone else types on the enterprise's behalf.</summary>
    private DataProvenance DraftProvenance() =>
        currentUser.Roles.Count > 0 && currentUser.Roles.All(r => r == IncubationRoles.EnterpriseUser)
            ? DataProvenance.SelfReported
            : DataProvenance.EnteredByOfficer;

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // Two first saves of the same year raced; the unique index kept the second out: it is a stale edit.
            throw new ConcurrencyConflictException();
        }
    }

    private static EntityNotFoundException NotFound(Guid enterpriseId, int fiscalYear) =>
        new(nameof(YearlyData), $"{enterpriseId}/{fiscalYear}");
}
