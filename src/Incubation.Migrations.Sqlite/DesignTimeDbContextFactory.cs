using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Incubation.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider (see README: regenerating migrations).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IncubationDbContext>
{
    public IncubationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IncubationDbContext>()
            .UseIncubationProvider(DatabaseProvider.Sqlite, "Data Source=design.db")
            .Options;
        return new IncubationDbContext(options, new SystemCurrentUser());
    }
}
