using System.Net;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Cultivation;

/// <summary>A pool whose floor is two, so that crossing it takes three enterprises, not a hundred and twenty.</summary>
public sealed class FloorOfTwoFactory : IncubationWebApplicationFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { [CultivationConsts.PoolFloorSetting] = "2" };
}

public class PoolFloorTests(FloorOfTwoFactory factory) : IClassFixture<FloorOfTwoFactory>
{
    private const string Api = "/api/app/cultivation";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_flag_and_record_the_moment_the_pool_falls_below_its_floor()
    {
        using var admin = await _data.AdminClientAsync();
        var members = new List<MembershipDto>();
        for (var i = 0; i < 2; i++)
        {
            var enterprise = await _data.EnterpriseAsync();
            var proposed = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "r" }));
            members.Add(await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{proposed.Id}/admit", new { concurrencyStamp = proposed.ConcurrencyStamp })));
        }

        var atFloor = await admin.GetFromJsonAsync<PoolSummaryDto>($"{Api}/pool/summary");
        Assert.Equal((2, 2, false, 2), (atFloor.Size, atFloor.Floor, atFloor.BelowFloor, atFloor.Reserve));

        using var exit = await admin.PostAsync($"{Api}/memberships/{members[0].Id}/exit",
            new { concurrencyStamp = members[0].ConcurrencyStamp, reason = "CertifiedHighTech", note = "certified" });
        Assert.Equal(HttpStatusCode.OK, exit.StatusCode);

        var below = await admin.GetFromJsonAsync<PoolSummaryDto>($"{Api}/pool/summary");
        Assert.True(below.BelowFloor);
        Assert.Equal(1, below.Size);
        var breach = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<PoolFloorBreach>().SingleAsync());
        Assert.Equal((1, 2, members[0].Id), (breach.Size, breach.Floor, breach.MembershipId));
    }
}
