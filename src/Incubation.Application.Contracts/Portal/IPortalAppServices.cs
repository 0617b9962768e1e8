using Incubation.Dtos;

namespace Incubation.Portal;

/// <summary>The public self-registration of an enterprise and the applicant's own view of it.</summary>
public interface IRegistrationAppService
{
    RegistrationChallengeDto CreateChallenge();

    Task<RegistrationReceiptDto> RegisterAsync(RegisterEnterpriseDto input, CancellationToken cancellationToken);

    Task ConfirmEmailAsync(ConfirmEmailDto input, CancellationToken cancellationToken);

    Task SetPasswordAsync(SetPasswordDto input, CancellationToken cancellationToken);

    /// <summary>The signed-in user's registration; null when they never registered themselves.</summary>
    Task<MyRegistrationDto?> GetMineAsync(CancellationToken cancellationToken);
}

/// <summary>The bureau's verification queue of registrations and claims.</summary>
public interface IRegistrationReviewAppService
{
    Task<PagedResultDto<RegistrationRequestDto>> GetListAsync(GetRegistrationsInput input, CancellationToken cancellationToken);

    Task<RegistrationRequestDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken);

    Task<RegistrationRequestDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken);
}

/// <summary>The enterprise user's own record and its key-field changes.</summary>
public interface IPortalProfileAppService
{
    Task<PortalProfileDto> GetAsync(CancellationToken cancellationToken);

    Task<PortalProfileDto> UpdateAsync(UpdatePortalProfileDto input, CancellationToken cancellationToken);
}

/// <summary>The bureau's review of key-field changes proposed by enterprises.</summary>
public interface IProfileChangeReviewAppService
{
    Task<PagedResultDto<ProfileChangeDto>> GetListAsync(GetProfileChangesInput input, CancellationToken cancellationToken);

    Task<ProfileChangeDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken);

    Task<ProfileChangeDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken);
}

/// <summary>The other accounts of the caller's enterprise; changes are for its administrator.</summary>
public interface IColleagueAppService
{
    Task<IReadOnlyList<ColleagueDto>> GetListAsync(CancellationToken cancellationToken);

    Task<ColleagueDto> InviteAsync(InviteColleagueDto input, CancellationToken cancellationToken);

    Task RemoveAsync(Guid id, CancellationToken cancellationToken);
}
