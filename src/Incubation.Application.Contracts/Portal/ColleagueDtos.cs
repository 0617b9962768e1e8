namespace Incubation.Portal;

public sealed record ColleagueDto(
    Guid Id, string? DisplayName, string? Email, string? PhoneNumber, bool IsAdmin, bool EmailConfirmed, bool IsCurrentUser);

/// <summary>The administrator invites a colleague: an account bound to the same enterprise, with a set-password link.</summary>
public sealed class InviteColleagueDto
{
    public string DisplayName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string? PhoneNumber { get; set; }
}
