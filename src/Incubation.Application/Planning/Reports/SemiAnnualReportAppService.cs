using FluentValidation;
using Incubation.Data;
using Incubation.Identity;
using Incubation.Permissions;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.Reports;

/// <summary>
/// The 半年通报. Until issued, a half-year's report is a draft computed live, shown to district-wide readers only (a
/// unit officer's scope would compute a partial district). Issuing, once the half-year has ended, stores the report
/// as it reads at that moment; from then on every reader gets exactly that content, whatever changes later.
/// </summary>
public sealed class SemiAnnualReportAppService(
    IRepository<SemiAnnualReport> reports,
    IRepository<AppUser> users,
    SemiAnnualReportBuilder builder,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IValidator<GetSemiAnnualReportInput> getValidator,
    IValidator<IssueSemiAnnualReportDto> issueValidator) : ISemiAnnualReportAppService
{
    public async Task<SemiAnnualReportDto> GetAsync(GetSemiAnnualReportInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Reports.Default, cancellationToken);
        await getValidator.ValidateAndThrowAsync(input, cancellationToken);
        var issued = await reports.Query().AsNoTracking()
            .Where(r => r.Year == input.Year && r.Half == input.Half && r.Status == ReportStatus.Issued)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(cancellationToken);
        if (issued is not null)
        {
            return ReportSnapshot.Read(issued);
        }

        if (!currentUser.DataScope.All)
        {
            throw new BusinessException(IncubationErrorCodes.ReportNotIssued, 404, input.Year, input.Half);
        }

        return await builder.BuildAsync(new HalfYear(input.Year, input.Half), ChinaTime.Today(clock), clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task<SemiAnnualReportDto> IssueAsync(IssueSemiAnnualReportDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Reports.Issue, cancellationToken);
        await issueValidator.ValidateAndThrowAsync(input, cancellationToken);
        if (!currentUser.DataScope.All)
        {
            throw new AuthorizationException(currentUser.IsAuthenticated, IncubationPermissions.Reports.Issue); // a scoped issuer would issue a partial district
        }

        var period = new HalfYear(input.Year, input.Half);
        var today = ChinaTime.Today(clock);
        if (period.End >= today)
        {
            throw new BusinessException(IncubationErrorCodes.ReportPeriodNotEnded, 422, input.Year, input.Half) { Field = "half" };
        }

        var report = await reports.Query().FirstOrDefaultAsync(r => r.Year == input.Year && r.Half == input.Half, cancellationToken);
        if (report?.Status == ReportStatus.Issued)
        {
            throw AlreadyIssued(input);
        }

        if (report is null)
        {
            report = new SemiAnnualReport(Guid.CreateVersion7(), input.Year, input.Half);
            reports.Add(report);
        }

        // To the second: the snapshot and the report's column then hold the same instant on every database.
        var now = DateTime.UnixEpoch.AddSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var draft = await builder.BuildAsync(period, today, now, cancellationToken);
        var content = ReportSnapshot.Write(draft with
        {
            Status = ReportStatus.Issued,
            IssuedAt = now,
            IssuedByName = currentUser.DisplayName ?? currentUser.UserName,
        });
        report.Issue(content, now, currentUser.Id);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw AlreadyIssued(input); // a concurrent issue of the same half-year won
        }

        return ReportSnapshot.Read(content);
    }

    public async Task<IReadOnlyList<IssuedReportDto>> GetIssuedListAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Reports.Default, cancellationToken);
        var issued = await reports.Query().AsNoTracking()
            .Where(r => r.Status == ReportStatus.Issued)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Half)
            .Select(r => new { r.Id, r.Year, r.Half, IssuedAt = r.IssuedAt!.Value, r.IssuedById })
            .ToListAsync(cancellationToken);
        var issuerIds = issued.Where(r => r.IssuedById != null).Select(r => r.IssuedById!.Value).Distinct().ToList();
        var names = await users.Query().AsNoTracking().Where(u => issuerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName, cancellationToken);
        return issued.Select(r => new IssuedReportDto(r.Id, r.Year, r.Half, r.IssuedAt,
            r.IssuedById is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }

    private static BusinessException AlreadyIssued(IssueSemiAnnualReportDto input) =>
        new(IncubationErrorCodes.ReportAlreadyIssued, 409, input.Year, input.Half);
}
