using Incubation;
using Incubation.Data;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

// Migrates and seeds the configured database (production deployments run this; the host only migrates SQLite).
// Configuration: appsettings.json, appsettings.{Environment}.json, environment variables, command line.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddSerilog(logger => logger.ReadFrom.Configuration(builder.Configuration).WriteTo.Console(
    formatProvider: System.Globalization.CultureInfo.InvariantCulture));
builder.Services.AddSingleton<ICurrentUser, SystemCurrentUser>();
builder.Services.AddIncubationDomain();
builder.Services.AddIncubationApplication();
builder.Services.AddIncubationEntityFrameworkCore(builder.Configuration);
builder.Services.AddIdentityCore<AppUser>(IdentityPolicy.Configure)
    .AddRoles<AppRole>()
    .AddEntityFrameworkStores<IncubationDbContext>();

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
var seed = new DataSeedContext(
    IncludeDemoData: builder.Configuration.GetValue("Database:SeedDemoData", builder.Environment.IsDevelopment()),
    AdminPassword: builder.Configuration["Identity:AdminPassword"]);
await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(seed, CancellationToken.None);
