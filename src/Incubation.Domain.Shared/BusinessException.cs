namespace Incubation;

/// <summary>A refused business operation, identified by a stable code that maps to a localised message.</summary>
public class BusinessException : Exception
{
    public BusinessException(string code, int statusCode = 422, params object[] messageArguments)
        : base(code)
    {
        Code = code;
        StatusCode = statusCode;
        MessageArguments = messageArguments;
    }

    public string Code { get; }

    /// <summary>The HTTP status the API answers with (409 conflict, 422 rule broken, 403 outside scope…).</summary>
    public int StatusCode { get; }

    public IReadOnlyList<object> MessageArguments { get; }

    /// <summary>An optional field the error is about (camelCase), so the UI can show it beside the input.</summary>
    public string? Field { get; init; }
}

public sealed class EntityNotFoundException(string entityType, object id)
    : BusinessException(IncubationErrorCodes.EntityNotFound, 404, entityType, id);

public sealed class ConcurrencyConflictException()
    : BusinessException(IncubationErrorCodes.ConcurrencyConflict, 409);

/// <summary>The caller is not allowed to do this (401 when nobody is signed in, 403 otherwise).</summary>
public sealed class AuthorizationException(bool authenticated, string? permission = null)
    : BusinessException(authenticated ? IncubationErrorCodes.Forbidden : IncubationErrorCodes.Unauthorized, authenticated ? 403 : 401)
{
    public string? Permission { get; } = permission;
}
