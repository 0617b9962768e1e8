namespace Incubation.Configuration;

/// <summary>What the UI needs at start: who is signed in, what they may do, and the texts of their language.</summary>
public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    AuthConfigurationDto Auth,
    LocalizationConfigurationDto Localization);

public sealed record CurrentUserDto(bool IsAuthenticated, Guid? Id, string? UserName, string? DisplayName, IReadOnlyList<string> Roles);

public sealed record AuthConfigurationDto(IReadOnlyDictionary<string, bool> GrantedPolicies);

public sealed record LanguageDto(string CultureName, string DisplayName);

public sealed record LocalizationConfigurationDto(
    string CurrentCulture,
    IReadOnlyList<LanguageDto> Languages,
    IReadOnlyDictionary<string, string> Texts);

public interface IApplicationConfigurationAppService
{
    Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken);
}
