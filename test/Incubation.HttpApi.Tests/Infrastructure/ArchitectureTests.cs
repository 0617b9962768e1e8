using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Infrastructure;

public class ArchitectureTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    [Fact]
    public void Should_mark_every_endpoint_with_a_policy_or_as_anonymous()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var unmarked = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(unmarked);
    }

    [Theory]
    [InlineData("Incubation.Domain.Shared", new[] { "Incubation." })]
    [InlineData("Incubation.Domain", new[] { "Incubation.Application", "Incubation.EntityFrameworkCore", "Incubation.HttpApi", "Microsoft.EntityFrameworkCore" })]
    [InlineData("Incubation.Application.Contracts", new[] { "Incubation.Domain,", "Incubation.Application,", "Incubation.EntityFrameworkCore", "Microsoft.EntityFrameworkCore" })]
    [InlineData("Incubation.Application", new[] { "Incubation.EntityFrameworkCore", "Incubation.HttpApi", "Microsoft.AspNetCore" })]
    [InlineData("Incubation.HttpApi", new[] { "Incubation.Domain,", "Incubation.Application,", "Incubation.EntityFrameworkCore" })]
    public void Should_point_layer_dependencies_inward(string assembly, string[] forbidden)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.FullName).ToList();
        var allowedSelf = assembly + ",";
        var offending = references.Where(r => !r.StartsWith(allowedSelf, StringComparison.Ordinal)
                                              && forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))
                                              && !(assembly == "Incubation.Domain.Shared" && r.StartsWith("Incubation.Domain.Shared", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Should_have_a_validator_for_every_input_dto()
    {
        var inputs = Assembly.Load("Incubation.Application.Contracts").GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && !t.Name.EndsWith("Base", StringComparison.Ordinal) && (t.Name.EndsWith("Input", StringComparison.Ordinal) && t.Name.StartsWith("Get", StringComparison.Ordinal)
                                                                      || t.Name.StartsWith("Create", StringComparison.Ordinal) || t.Name.StartsWith("Update", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(inputs);
        using var scope = factory.Services.CreateScope();
        var missing = inputs.Where(t => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) is null).Select(t => t.Name).ToList();
        Assert.Empty(missing);
    }
}
