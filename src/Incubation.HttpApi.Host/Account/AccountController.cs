using Incubation.Identity;
using Incubation.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Account;

public sealed record LoginInput(string UserNameOrEmailAddress, string Password, bool RememberMe);

/// <summary>Cookie sign-in for the same-origin Angular app. Login is antiforgery-checked like every unsafe request.</summary>
[ApiController]
[Route("api/account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    IAntiforgery antiforgery,
    IStringLocalizer<IncubationResource> l) : ControllerBase
{
    [HttpPost("login")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> LoginAsync(LoginInput input)
    {
        if (string.IsNullOrWhiteSpace(input.UserNameOrEmailAddress) || string.IsNullOrEmpty(input.Password))
        {
            return Failure(StatusCodes.Status400BadRequest, IncubationErrorCodes.InvalidLogin);
        }

        var name = input.UserNameOrEmailAddress.Trim();
        var normalized = userManager.NormalizeEmail(name);
        var user = await userManager.FindByNameAsync(name)
                   ?? await userManager.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, HttpContext.RequestAborted);
        if (user is null || !user.IsActive)
        {
            return Failure(StatusCodes.Status401Unauthorized, IncubationErrorCodes.InvalidLogin);
        }

        // A self-registered applicant has no role until the bureau approves; they must have confirmed their address.
        if (!user.EmailConfirmed && (await userManager.GetRolesAsync(user)).Count == 0
            && await userManager.CheckPasswordAsync(user, input.Password))
        {
            return Failure(StatusCodes.Status403Forbidden, IncubationErrorCodes.EmailNotConfirmed);
        }

        var result = await signInManager.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Failure(StatusCodes.Status423Locked, IncubationErrorCodes.LockedOut);
        }

        if (!result.Succeeded)
        {
            return Failure(StatusCodes.Status401Unauthorized, IncubationErrorCodes.InvalidLogin);
        }

        // The antiforgery token is bound to the identity: hand out one for the user who just signed in.
        HttpContext.User = await signInManager.CreateUserPrincipalAsync(user);
        XsrfCookie.Issue(HttpContext, antiforgery);
        return NoContent();
    }

    /// <summary>Re-issues the sign-in cookie with the user's current roles and links (after the bureau approved them).</summary>
    [HttpPost("refresh")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RefreshAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null || !user.IsActive)
        {
            return Failure(StatusCodes.Status401Unauthorized, IncubationErrorCodes.Unauthorized);
        }

        await signInManager.RefreshSignInAsync(user);
        HttpContext.User = await signInManager.CreateUserPrincipalAsync(user);
        XsrfCookie.Issue(HttpContext, antiforgery);
        return NoContent();
    }

    [HttpPost("logout")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> LogoutAsync()
    {
        await signInManager.SignOutAsync();
        return NoContent();
    }

    /// <summary>A ProblemDetails like every other error of the API: the code in <c>type</c> and in <c>code</c>.</summary>
    private ObjectResult Failure(int status, string code)
    {
        var result = Problem(statusCode: status, title: l[code], detail: l[code], type: code);
        ((ProblemDetails)result.Value!).Extensions["code"] = code;
        return result;
    }
}
