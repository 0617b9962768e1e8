using FluentValidation;

namespace Incubation.Platforms;

/// <summary>The module's input validators, injected as one to keep the app services' constructors readable.</summary>
public sealed record PlatformValidators(
    IValidator<GetInnovationPlatformListInput> PlatformList,
    IValidator<CreateInnovationPlatformDto> CreatePlatform,
    IValidator<UpdateInnovationPlatformDto> UpdatePlatform,
    IValidator<GetTechTransferProjectListInput> ProjectList,
    IValidator<CreateTechTransferProjectDto> CreateProject,
    IValidator<UpdateTechTransferProjectDto> UpdateProject,
    IValidator<GetIncubatorListInput> IncubatorList,
    IValidator<CreateIncubatorDto> CreateIncubator,
    IValidator<UpdateIncubatorDto> UpdateIncubator);
