namespace Incubation.Enterprises;

/// <summary>An enterprise's yearly data (年度数据): drafts, submission, the bureau's verification and the history.</summary>
public interface IYearlyDataAppService
{
    /// <summary>Every year of the enterprise, newest first.</summary>
    Task<IReadOnlyList<YearlyDataDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken);

    Task<YearlyDataDto> GetAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>Creates the year's draft, or replaces the figures of a draft or returned year.</summary>
    Task<YearlyDataDto> SaveDraftAsync(Guid enterpriseId, int fiscalYear, UpdateYearlyDataDto input, CancellationToken cancellationToken);

    Task<YearlyDataDto> SubmitAsync(Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken);

    Task<YearlyDataDto> VerifyAsync(Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken);

    Task<YearlyDataDto> ReturnAsync(Guid enterpriseId, int fiscalYear, ReturnYearlyDataInput input, CancellationToken cancellationToken);

    Task<YearlyDataDto> ReopenAsync(Guid enterpriseId, int fiscalYear, ChangeYearlyDataStatusInput input, CancellationToken cancellationToken);

    /// <summary>The year's steps (submitted, verified, returned, reopened), oldest first.</summary>
    Task<IReadOnlyList<YearlyDataRevisionDto>> GetRevisionsAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken);
}
