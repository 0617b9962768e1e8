using Incubation.Data;
using Incubation.Identity;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Portal;

/// <summary>Key-field changes with the names a reader needs (requester, sub-districts), in two lookups per page.</summary>
internal static class ProfileChangeDtos
{
    public static async Task<IReadOnlyList<ProfileChangeDto>> ToDtosAsync(
        IReadOnlyList<ProfileChangeRequest> page, IRepository<AppUser> users, IRepository<SubDistrict> subDistricts,
        CancellationToken cancellationToken, IReadOnlyDictionary<Guid, string>? enterpriseNames = null)
    {
        var userIds = page.Select(c => c.RequestedBy).Distinct().ToList();
        var codes = page.SelectMany(c => new[] { c.Current.SubDistrictCode, c.Proposed.SubDistrictCode }).Distinct().ToList();
        var names = await users.Query().AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName, cancellationToken);
        var places = await subDistricts.Query().AsNoTracking().Where(s => codes.Contains(s.Code))
            .ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);

        KeyFieldsDto Fields(KeyFields f) =>
            new(f.Name, f.CreditCode, f.CreditCodeOverrideReason, f.SubDistrictCode, places.GetValueOrDefault(f.SubDistrictCode));

        return page.Select(c => new ProfileChangeDto(c.Id, c.EnterpriseId, enterpriseNames?.GetValueOrDefault(c.EnterpriseId) ?? c.Current.Name,
            Fields(c.Current), Fields(c.Proposed), c.Status, names.GetValueOrDefault(c.RequestedBy), c.CreationTime, c.ReviewedAt,
            c.RejectionReason, c.ConcurrencyStamp)).ToList();
    }
}
