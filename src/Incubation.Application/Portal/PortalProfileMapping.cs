using Incubation.Enterprises;

namespace Incubation.Portal;

/// <summary>Reads a portal profile change as the registry's own update, keeping what only the bureau sets.</summary>
internal static class PortalProfileMapping
{
    public static UpdateEnterpriseDto ToEnterpriseUpdate(this UpdatePortalProfileDto input, Enterprise? current = null) => new()
    {
        Name = input.Name,
        UnifiedSocialCreditCode = input.UnifiedSocialCreditCode,
        CreditCodeOverrideReason = input.CreditCodeOverrideReason,
        SubDistrictCode = input.SubDistrictCode,
        IndustryFieldCode = input.IndustryFieldCode,
        LegalRepresentative = input.LegalRepresentative,
        EstablishedOn = input.EstablishedOn,
        RegisteredCapital = input.RegisteredCapital,
        Address = input.Address,
        Contacts = input.Contacts,
        IncubatorId = current?.IncubatorId,
        ResponsibleOfficerId = current?.ResponsibleOfficerId,
        Tags = current?.Tags.ToList() ?? [],
        ConcurrencyStamp = input.ConcurrencyStamp,
    };

    public static KeyFields KeyFieldsOf(Enterprise enterprise) =>
        new(enterprise.Name, enterprise.UnifiedSocialCreditCode, enterprise.CreditCodeOverrideReason, enterprise.SubDistrictCode);
}
