namespace Incubation;

/// <summary>A save broke a unique index: someone else stored the same key in between.</summary>
public sealed class DuplicateKeyException(Exception innerException)
    : BusinessException(IncubationErrorCodes.DuplicateKey, 409)
{
    public Exception Cause { get; } = innerException;
}
