using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Enterprises;

[ApiController]
[Route("api/app/enterprises/{enterpriseId:guid}/yearly-data")]
[Authorize(IncubationPermissions.YearlyData.Default)]
public sealed class YearlyDataController(IYearlyDataAppService yearlyData) : ControllerBase
{
    [HttpGet]
    [Authorize(IncubationPermissions.YearlyData.Default)]
    public Task<IReadOnlyList<YearlyDataDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        yearlyData.GetListAsync(enterpriseId, cancellationToken);

    [HttpGet("{fiscalYear:int}")]
    [Authorize(IncubationPermissions.YearlyData.Default)]
    public Task<YearlyDataDto> GetAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken) =>
        yearlyData.GetAsync(enterpriseId, fiscalYear, cancellationToken);

    [HttpPut("{fiscalYear:int}")]
    [Authorize(IncubationPermissions.YearlyData.Edit)]
    public Task<YearlyDataDto> SaveDraftAsync(
        Guid enterpriseId, int fiscalYear, UpdateYearlyDataDto input, CancellationToken cancellationToken) =>
        yearlyData.SaveDraftAsync(enterpriseId, fiscalYear, input, cancellationToken);

    [HttpPost("{fiscalYear:int}/submit")]
    [Authorize(IncubationPermissions.YearlyData.Edit)]
    public Task<YearlyDataDto> SubmitAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken) =>
        yearlyData.SubmitAsync(enterpriseId, fiscalYear, input, cancellationToken);

    [HttpPost("{fiscalYear:int}/verify")]
    [Authorize(IncubationPermissions.YearlyData.Verify)]
    public Task<YearlyDataDto> VerifyAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken) =>
        yearlyData.VerifyAsync(enterpriseId, fiscalYear, input, cancellationToken);

    [HttpPost("{fiscalYear:int}/return")]
    [Authorize(IncubationPermissions.YearlyData.Verify)]
    public Task<YearlyDataDto> ReturnAsync(
        Guid enterpriseId, int fiscalYear, ReturnYearlyDataInput input, CancellationToken cancellationToken) =>
        yearlyData.ReturnAsync(enterpriseId, fiscalYear, input, cancellationToken);

    [HttpPost("{fiscalYear:int}/reopen")]
    [Authorize(IncubationPermissions.YearlyData.Verify)]
    public Task<YearlyDataDto> ReopenAsync(
        Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken) =>
        yearlyData.ReopenAsync(enterpriseId, fiscalYear, input, cancellationToken);

    [HttpGet("{fiscalYear:int}/revisions")]
    [Authorize(IncubationPermissions.YearlyData.Default)]
    public Task<IReadOnlyList<YearlyDataRevisionDto>> GetRevisionsAsync(
        Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken) =>
        yearlyData.GetRevisionsAsync(enterpriseId, fiscalYear, cancellationToken);
}
