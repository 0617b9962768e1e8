using Incubation;
using Incubation.Hosting;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.ConfigureObservability();
builder.Services.AddIncubationApplication();
builder.Services.AddIncubationEntityFrameworkCore(builder.Configuration);
builder.Services.AddIncubationHttpApi();
builder.ConfigureAuthentication();
builder.ConfigureLocalization();
builder.Services.AddOpenApi();

var app = builder.Build();

await app.MigrateEmbeddedDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSerilogRequestLogging();
app.UseRequestLocalization();
var angularFiles = app.UseAngularFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapAngularFallback(angularFiles);

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
