namespace Incubation.Infrastructure;

/// <summary>Outside Development the first admin password must come from configuration.</summary>
public class StartupConfigurationTests
{
    [Fact]
    public async Task Should_refuse_to_start_in_production_without_an_admin_password()
    {
        await using var factory = new ProductionWithoutPasswordFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("Identity:AdminPassword", error.ToString(), StringComparison.Ordinal);
        await factory.Database.DisposeAsync();
    }

    private sealed class ProductionWithoutPasswordFactory : IncubationWebApplicationFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Identity:AdminPassword"] = null };
    }
}
