using System.Data.Common;
using FluentValidation;
using Incubation.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Incubation.ExceptionHandling;

/// <summary>
/// Turns every exception into RFC 7807 ProblemDetails in the caller's language: validation → 400 with field errors,
/// business rules → their status and stable code, an unreachable database → 503, anything else → 500 (logged).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<IncubationResource> l,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => FromValidation(validation),
            BusinessException business => FromBusiness(business),
            DbException or TimeoutException when IsDatabaseFault(exception) => Create(
                StatusCodes.Status503ServiceUnavailable, IncubationErrorCodes.DatabaseUnavailable, l[IncubationErrorCodes.DatabaseUnavailable]),
            BadHttpRequestException bad => Create(bad.StatusCode, IncubationErrorCodes.ValidationFailed, l[IncubationErrorCodes.ValidationFailed]),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Create(StatusCodes.Status500InternalServerError, IncubationErrorCodes.InternalError, l[IncubationErrorCodes.InternalError]);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var written = await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
        if (!written)
        {
            // The caller's Accept header named no JSON type: answer ProblemDetails JSON all the same, never an empty 4xx.
            await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", cancellationToken);
        }

        return true;
    }

    private ValidationProblemDetails FromValidation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => FieldNames.ToCamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = l[IncubationErrorCodes.ValidationFailed],
            Detail = string.Join(" ", errors.Values.SelectMany(v => v)),
            Type = IncubationErrorCodes.ValidationFailed,
        };
        problem.Extensions["code"] = IncubationErrorCodes.ValidationFailed;
        return problem;
    }

    private ProblemDetails FromBusiness(BusinessException exception)
    {
        var message = l[exception.Code, [.. exception.MessageArguments]].Value;
        if (exception.Field is null)
        {
            return Create(exception.StatusCode, exception.Code, message);
        }

        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [exception.Field] = [message] })
        {
            Status = exception.StatusCode,
            Title = message,
            Detail = message,
            Type = exception.Code,
        };
        problem.Extensions["code"] = exception.Code;
        return problem;
    }

    private static ProblemDetails Create(int status, string code, string message)
    {
        var problem = new ProblemDetails { Status = status, Title = message, Detail = message, Type = code };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static bool IsDatabaseFault(Exception exception) =>
        exception is TimeoutException || exception.GetType().Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true
                                      || exception.GetType().Name is "SqlException" or "SqliteException";
}
