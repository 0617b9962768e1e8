using Incubation;
using Incubation.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.ConfigureObservability();
builder.Services.AddIncubationDomain();
builder.Services.AddIncubationApplication();
builder.Services.AddIncubationEntityFrameworkCore(builder.Configuration);
builder.Services.AddIncubationHttpApi(builder.Configuration);
builder.ConfigureAuthentication();
builder.ConfigureLocalization();
builder.ConfigureOpenApi();
builder.ConfigureBackgroundJobs();
builder.Services.Configure<ForwardedHeadersOptions>(options =>
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto); // a TLS proxy on loopback

var app = builder.Build();

await app.MigrateEmbeddedDatabaseAsync();

app.UseForwardedHeaders();
app.UseSerilogRequestLogging(); // outside the exception handler, so it logs the status the client really gets
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
var angularFiles = app.UseAngularFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapControllers();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapBackgroundJobs();
app.MapAngularFallback(angularFiles);

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
