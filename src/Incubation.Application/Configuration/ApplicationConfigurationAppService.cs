using System.Globalization;
using Incubation.Identity;
using Incubation.Localization;
using Incubation.Permissions;

namespace Incubation.Configuration;

public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    JsonLocalizationStore texts) : IApplicationConfigurationAppService
{
    public async Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken)
    {
        var granted = await permissions.GetGrantedAsync(cancellationToken);
        var culture = texts.ResolveCulture(CultureInfo.CurrentUICulture.Name);
        return new ApplicationConfigurationDto(
            new CurrentUserDto(currentUser.IsAuthenticated, currentUser.Id, currentUser.UserName, currentUser.DisplayName, currentUser.Roles),
            new AuthConfigurationDto(granted.ToDictionary(p => p, _ => true)),
            new LocalizationConfigurationDto(
                culture,
                IncubationResource.Cultures.Select(c => new LanguageDto(c, texts.Find("Language:" + c, CultureInfo.GetCultureInfo(c)) ?? c)).ToList(),
                texts.GetAll(culture)));
    }
}
