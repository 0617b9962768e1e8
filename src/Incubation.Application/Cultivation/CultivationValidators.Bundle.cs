using FluentValidation;

namespace Incubation.Cultivation;

/// <summary>The cultivation inputs' validators, injected as one to keep the app service's constructor readable.</summary>
public sealed record CultivationValidators(
    IValidator<GetPoolInput> Pool,
    IValidator<GetProposalsInput> Proposals,
    IValidator<CreateProposalDto> Proposal,
    IValidator<AdmitMembershipDto> Admit,
    IValidator<RejectMembershipDto> Reject,
    IValidator<MoveMembershipDto> Move,
    IValidator<ExitMembershipDto> Exit);
