using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification;

/// <summary>
/// Applies a published list (公示 or 认定名单) to the pipeline: each row's credit code finds the enterprise and its
/// application of the kind and year, which moves to Publicized, or to Approved with its certificate (credited to the
/// enterprise's incubator and officer). Rows that match nothing are reported, never guessed. One transaction.
/// </summary>
public sealed class OfficialListImporter(
    IRepository<CertificationApplication> applications,
    IRepository<Qualification> qualifications,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IConfiguration configuration,
    IStringLocalizer<IncubationResource> l,
    IValidator<ImportOfficialListInput> validator)
{
    public async Task<OfficialListImportResultDto> ImportAsync(
        ImportOfficialListInput input, IReadOnlyList<OfficialListRow> rows, ApplicationActor actor, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var codes = rows.Select(r => Normalize(r.CreditCode)).OfType<string>().Distinct().ToList();
        var found = new Dictionary<string, (Guid Id, Guid? IncubatorId, Guid? OfficerId)>();
        foreach (var chunk in codes.Chunk(500))
        {
            var batch = await enterprises.Query().Where(e => chunk.Contains(e.UnifiedSocialCreditCode))
                .Select(e => new { e.UnifiedSocialCreditCode, e.Id, e.IncubatorId, e.ResponsibleOfficerId }).ToListAsync(cancellationToken);
            batch.ForEach(e => found[e.UnifiedSocialCreditCode] = (e.Id, e.IncubatorId, e.ResponsibleOfficerId));
        }

        var ids = found.Values.Select(v => v.Id).ToList();
        var pending = await applications.Query().Include(a => a.Events)
            .Where(a => a.Kind == input.Kind && a.Year == input.Year && ids.Contains(a.EnterpriseId)).ToListAsync(cancellationToken);
        var note = l["Application:OfficialListNote"].Value;
        var techSmeValidUntil = configuration[QualificationConsts.TechSmeValidUntilSetting] ?? QualificationConsts.DefaultTechSmeValidUntil;
        var (moved, already, unmatched) = (0, 0, new List<UnmatchedRowDto>());
        foreach (var row in rows)
        {
            var code = Normalize(row.CreditCode);
            string? reason = null;
            if (code is null || !found.TryGetValue(code, out var enterprise))
            {
                reason = l["Application:ListUnknownEnterprise"];
            }
            else if (pending.FirstOrDefault(a => a.EnterpriseId == enterprise.Id) is not { } application)
            {
                reason = l["Application:ListNoApplication"];
            }
            else if (application.Stage == input.Stage)
            {
                already++;
            }
            else if (input.Stage == ApplicationStage.Approved)
            {
                if (string.IsNullOrWhiteSpace(row.CertificateNumber))
                {
                    reason = l["Application:ListNoCertificateNumber"];
                }
                else if (application.Stage != ApplicationStage.Publicized && !application.AdvanceTo(ApplicationStage.UnderReview, actor, note))
                {
                    reason = l["Application:ListStageClosed", l["Enum:ApplicationStage." + application.Stage]];
                }
                else
                {
                    var issuedOn = input.IssuedOn!.Value;
                    qualifications.Add(application.Approve(row.CertificateNumber.Trim(), issuedOn,
                        QualificationValidity.DefaultExpiry(input.Kind, issuedOn, techSmeValidUntil), QualificationSources.OfficialList,
                        (enterprise.IncubatorId, enterprise.OfficerId), actor, note));
                    moved++;
                }
            }
            else if (application.AdvanceTo(input.Stage, actor, note))
            {
                moved++;
            }
            else
            {
                reason = l["Application:ListStageClosed", l["Enum:ApplicationStage." + application.Stage]];
            }

            if (reason is not null)
            {
                unmatched.Add(new UnmatchedRowDto(row.RowNumber, row.CreditCode, row.Name, reason));
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new OfficialListImportResultDto(rows.Count, moved, already, unmatched);
    }

    private static string? Normalize(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}

public sealed class ImportOfficialListInputValidator : AbstractValidator<ImportOfficialListInput>
{
    public ImportOfficialListInputValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Application:Kind");
        RuleFor(x => x.Year).InclusiveBetween(ApplicationConsts.MinYear, 2100).Named(l, "Application:Year");
        RuleFor(x => x.Stage).Must(s => s is ApplicationStage.Publicized or ApplicationStage.Approved)
            .WithMessage(l["Application:ListStage"]).Named(l, "Application:Stage");
        RuleFor(x => x.IssuedOn).NotNull().Must(d => d <= ChinaTime.Today(clock)).When(x => x.Stage == ApplicationStage.Approved)
            .WithMessage(l["Application:IssuedInFuture"]).Named(l, "Application:IssuedOn");
        RuleFor(x => x.IssuedOn).NotNull().When(x => x.Stage == ApplicationStage.Approved).Named(l, "Application:IssuedOn");
    }
}
