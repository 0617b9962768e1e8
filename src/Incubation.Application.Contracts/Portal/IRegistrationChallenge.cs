namespace Incubation.Portal;

/// <summary>
/// The sign-up challenge against automated registrations: a question only a person reads easily, whose answer the
/// server checks from a sealed, single-use token (no third-party service). Implemented by the HTTP layer.
/// </summary>
public interface IRegistrationChallenge
{
    RegistrationChallengeDto Create();

    /// <summary>True once for a right answer to an unexpired token; a token is spent by its first use.</summary>
    bool TryRedeem(string token, string answer);
}

/// <summary>The links of account emails (confirm the address, set a password), absolute, to the Angular pages.</summary>
public interface IAccountLinks
{
    string ConfirmEmail(Guid userId, string token);

    string SetPassword(Guid userId, string token);
}
