using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Incubation.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the model for this provider (see README: regenerating migrations).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IncubationDbContext>
{
    public IncubationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IncubationDbContext>()
            .UseIncubationProvider(DatabaseProvider.PostgreSql, "Host=localhost;Database=incubation_design;Username=postgres")
            .Options;
        return new IncubationDbContext(options, new SystemCurrentUser());
    }
}
