using System.Text.Json;
using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// The eligibility engine over the API. What-if facts need only a signed-in user and store nothing; an enterprise's
/// verified data is read in the caller's scope and every such run is stored with its facts and result.
/// </summary>
public sealed class EligibilityAppService(
    EnterpriseFactsReader factsReader,
    EligibilityLocalizer localizer,
    IEnterpriseRepository enterprises,
    IRepository<EligibilityRun> runs,
    IRepository<EligibilityProfile> profiles,
    EligibilitySnapshotWriter snapshots,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TimeProvider clock,
    IValidator<AssessEligibilityInput> assessValidator,
    IValidator<GetEnterpriseEligibilityInput> queryValidator,
    IValidator<UpdateEligibilityProfileDto> profileValidator) : IEligibilityAppService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static EligibilityEngine Engine => EligibilityEngine.Default;

    public async Task<EligibilityResultDto> AssessAsync(AssessEligibilityInput input, CancellationToken cancellationToken)
    {
        await assessValidator.ValidateAndThrowAsync(input, cancellationToken);
        var kinds = input.Kinds is { Count: > 0 } requested ? requested : KindsInForce(input.AsOf);
        var results = Engine.Assess(input.Facts, input.AsOf, kinds);
        return new EligibilityResultDto(input.AsOf, results.Select(localizer.Localize).ToList());
    }

    public async Task<EnterpriseEligibilityDto> GetForEnterpriseAsync(Guid enterpriseId, GetEnterpriseEligibilityInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await queryValidator.ValidateAndThrowAsync(input, cancellationToken);
        var date = input.AsOf ?? ChinaTime.Today(clock);

        var facts = await factsReader.ReadAsync(enterpriseId, date, cancellationToken);
        var results = Engine.Assess(facts, date, KindsInForce(date));
        var run = new EligibilityRun(enterpriseId, date,
            string.Join(';', results.Select(r => $"{r.RuleSet.Id}@{r.RuleSet.Version}")),
            JsonSerializer.Serialize(facts, Json),
            JsonSerializer.Serialize(results, Json));
        runs.Add(run);
        await snapshots.WriteAsync(enterpriseId, date, results, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new EnterpriseEligibilityDto(run.Id, enterpriseId, date, facts, results.Select(localizer.Localize).ToList());
    }

    public Task<IReadOnlyList<RuleSetDto>> GetRuleSetsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RuleSetDto>>(Engine.RuleSets
            .OrderBy(r => r.Kind).ThenBy(r => r.EffectiveFrom)
            .Select(EligibilityLocalizer.ToDto).ToList());

    public async Task<EligibilityProfileDto> GetProfileAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var profile = await profiles.Query().AsNoTracking().FirstOrDefaultAsync(p => p.EnterpriseId == enterpriseId, cancellationToken);
        return profile?.ToDto() ?? new EligibilityProfileDto(null, null, null, null, null);
    }

    public async Task<EligibilityProfileDto> UpdateProfileAsync(Guid enterpriseId, UpdateEligibilityProfileDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.YearlyData.Edit, cancellationToken);
        await profileValidator.ValidateAndThrowAsync(input, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var profile = await profiles.Query().FirstOrDefaultAsync(p => p.EnterpriseId == enterpriseId, cancellationToken);
        if (profile is null)
        {
            // A first edit must not overwrite a profile created meanwhile: the unique index refuses the second insert.
            if (input.ConcurrencyStamp is not null)
            {
                throw new ConcurrencyConflictException();
            }

            profile = new EligibilityProfile(enterpriseId);
            profiles.Add(profile);
        }
        else
        {
            unitOfWork.ExpectConcurrencyStamp(profile, input.ConcurrencyStamp ?? string.Empty);
        }

        profile.Update(input.SegmentMarketSince, input.RdInstitutionLevel, input.NoMajorIncidentLastYear, input.TechSmeRdOption);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException();
        }

        return profile.ToDto();
    }

    private static List<QualificationKind> KindsInForce(DateOnly asOf) => EligibilityKinds.InForce(asOf);
}
