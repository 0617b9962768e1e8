using System.Net;
using System.Text.Json;
using Incubation.Auditing;
using Incubation.Dtos;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Enterprises;

public class EnterpriseApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_answer_401_problem_details_to_an_anonymous_caller()
    {
        using var client = factory.CreateApiClient();
        using var response = await client.GetAsync(EnterpriseRequests.Url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Incubation:Unauthorized", (await Problem(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_answer_403_to_a_user_without_the_permission()
    {
        using var client = await _data.ClientForAsync(Identity.IncubationRoles.UnitOfficer);
        using var response = await client.GetAsync(EnterpriseRequests.Url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_403_to_a_reader_who_tries_to_create()
    {
        using var client = await _data.ClientForAsync(Identity.IncubationRoles.Leader);
        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_create_an_enterprise_and_read_it_back()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(name: "贵阳测试科技有限公司"));
        var created = await client.ReadAsync<EnterpriseDto>(response);

        var read = await client.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{created.Id}");
        Assert.Equal("贵阳测试科技有限公司", read.Name);
        Assert.Equal("大营路街道", read.SubDistrictName);
        Assert.Equal("基础软件", read.IndustryFieldName);
        Assert.Equal(new DateOnly(2015, 6, 1), read.EstablishedOn);
        Assert.Equal(500m, read.RegisteredCapital);
        Assert.Equal("Zhang San", Assert.Single(read.Contacts).Name);
        Assert.Equal(["AI"], read.Tags);
        Assert.False(string.IsNullOrEmpty(read.ConcurrencyStamp));
    }

    [Fact]
    public async Task Should_refuse_a_malformed_credit_code_with_a_field_error_in_chinese_by_default()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: "91310110666OO7217T"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Problem(response)).GetProperty("errors").GetProperty("unifiedSocialCreditCode")[0].GetString();
        Assert.Contains("统一社会信用代码格式不正确", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_field_errors_in_english_when_asked()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.PostAsync(EnterpriseRequests.Url + "?culture=en", EnterpriseRequests.Create(code: "123", name: ""));
        var errors = (await Problem(response)).GetProperty("errors");
        Assert.Contains("malformed", errors.GetProperty("unifiedSocialCreditCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Enterprise name", errors.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_name_nested_and_reference_fields_in_camel_case()
    {
        using var client = await _data.AdminClientAsync();
        var body = new
        {
            name = "x",
            unifiedSocialCreditCode = TestData.NewCreditCode(),
            subDistrictCode = "999999999",
            industryFieldCode = "101", // a second-level field: not allowed
            contacts = new[] { new { name = "", phone = "abc" } },
        };
        using var response = await client.PostAsync(EnterpriseRequests.Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("subDistrictCode", out _));
        Assert.True(errors.TryGetProperty("industryFieldCode", out _));
        Assert.True(errors.TryGetProperty("contacts[0].name", out _));
        Assert.True(errors.TryGetProperty("contacts[0].phone", out _));
    }

    [Fact]
    public async Task Should_answer_400_not_500_to_a_value_of_the_wrong_type()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.Http.PostAsync(EnterpriseRequests.Url,
            new StringContent("""{"name":"x","registeredCapital":"lots","establishedOn":"yesterday"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("registeredCapital", out _));
    }

    [Fact]
    public async Task Should_answer_in_chinese_whatever_the_browsers_language()
    {
        using var client = await _data.AdminClientAsync();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: "123"));
        Assert.Contains("统一社会信用代码格式不正确",
            (await Problem(response)).GetProperty("errors").GetProperty("unifiedSocialCreditCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/json")]
    [InlineData("text/plain")]
    public async Task Should_answer_problem_details_json_whatever_the_accept_header(string accept)
    {
        using var client = await _data.AdminClientAsync();
        client.Http.DefaultRequestHeaders.Accept.ParseAdd(accept);
        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: "123"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("unifiedSocialCreditCode", out _));
    }

    [Fact]
    public async Task Should_accept_a_checksum_mismatch_only_with_an_override_reason()
    {
        using var client = await _data.AdminClientAsync();
        const string pilotCode = "91350203M0001QAY9B";
        using var refused = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: pilotCode));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("“9”", (await Problem(refused)).GetProperty("errors").GetProperty("unifiedSocialCreditCode")[0].GetString(), StringComparison.Ordinal);

        using var accepted = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: pilotCode, overrideReason: "早期试点地区颁发"));
        var created = await client.ReadAsync<EnterpriseDto>(accepted);
        Assert.Equal("早期试点地区颁发", created.CreditCodeOverrideReason);
    }

    [Fact]
    public async Task Should_answer_409_to_a_duplicate_credit_code_and_write_nothing()
    {
        using var client = await _data.AdminClientAsync();
        var code = TestData.NewCreditCode();
        using var first = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code.ToLowerInvariant(), name: "Second"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await Problem(second);
        Assert.Equal("Incubation:DuplicateCreditCode", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("unifiedSocialCreditCode", out _));
        Assert.Equal(1, await CountAsync(e => e.UnifiedSocialCreditCode == code));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_edit_and_keep_the_first_one()
    {
        using var client = await _data.AdminClientAsync();
        var created = await client.ReadAsync<EnterpriseDto>(await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create()));
        var edit = Update(created, "First edit");
        var updated = await client.ReadAsync<EnterpriseDto>(await client.PutAsync($"{EnterpriseRequests.Url}/{created.Id}", edit));
        Assert.NotEqual(created.ConcurrencyStamp, updated.ConcurrencyStamp);

        using var stale = await client.PutAsync($"{EnterpriseRequests.Url}/{created.Id}", Update(created, "Stale edit"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Incubation:ConcurrencyConflict", (await Problem(stale)).GetProperty("code").GetString());
        Assert.Equal("First edit", (await client.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{created.Id}")).Name);
    }

    [Fact]
    public async Task Should_add_a_contact_to_an_existing_enterprise_and_keep_the_old_one()
    {
        using var client = await _data.AdminClientAsync();
        var created = await client.ReadAsync<EnterpriseDto>(await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create()));
        var edit = Update(created, created.Name);
        edit.Contacts.Add(new EnterpriseContactInput { Name = "Li Si", Phone = "13800000000" });

        var updated = await client.ReadAsync<EnterpriseDto>(await client.PutAsync($"{EnterpriseRequests.Url}/{created.Id}", edit));

        Assert.Equal(["Li Si", "Zhang San"], updated.Contacts.Select(c => c.Name).Order());
        Assert.Contains(updated.Contacts, c => c.Id == created.Contacts[0].Id);
    }

    [Fact]
    public async Task Should_page_filter_and_sort_on_the_server()
    {
        using var client = await _data.AdminClientAsync();
        var prefix = "Paging" + Guid.NewGuid().ToString("N")[..6];
        foreach (var suffix in new[] { "C", "A", "B" })
        {
            await _data.EnterpriseAsync(name: prefix + suffix, subDistrictCode: TestData.SubDistrictB);
        }

        var page = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(
            $"{EnterpriseRequests.Url}?filter={prefix}&sorting=name desc&skipCount=1&maxResultCount=1");
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(prefix + "B", Assert.Single(page.Items).Name);

        var bySubDistrict = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(
            $"{EnterpriseRequests.Url}?filter={prefix}&subDistrictCode={TestData.SubDistrictA}");
        Assert.Equal(0, bySubDistrict.TotalCount);

        var byFieldBranch = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(
            $"{EnterpriseRequests.Url}?filter={prefix}&industryFieldCode=10");
        Assert.Equal(3, byFieldBranch.TotalCount);
    }

    [Theory]
    [InlineData("maxResultCount=1000", "maxResultCount")]
    [InlineData("skipCount=-1", "skipCount")]
    [InlineData("sorting=name;drop table", "sorting")]
    public async Task Should_refuse_paging_outside_its_limits(string query, string field)
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.GetAsync($"{EnterpriseRequests.Url}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Should_soft_delete_and_let_the_code_be_registered_again()
    {
        using var client = await _data.AdminClientAsync();
        var code = TestData.NewCreditCode();
        var created = await client.ReadAsync<EnterpriseDto>(await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code)));

        using var deleted = await client.DeleteAsync($"{EnterpriseRequests.Url}/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{EnterpriseRequests.Url}/{created.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.True(await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Enterprises
            .IgnoreQueryFilters().AnyAsync(e => e.Id == created.Id && e.IsDeleted)));

        using var again = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Should_write_an_audit_row_for_create_update_and_delete_with_old_and_new_values()
    {
        using var client = await _data.AdminClientAsync();
        var created = await client.ReadAsync<EnterpriseDto>(await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(name: "Before")));
        await client.ReadAsync<EnterpriseDto>(await client.PutAsync($"{EnterpriseRequests.Url}/{created.Id}", Update(created, "After")));
        using var _ = await client.DeleteAsync($"{EnterpriseRequests.Url}/{created.Id}");

        var rows = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs.AsNoTracking()
            .Where(a => a.EntityType == nameof(Enterprise) && a.EntityId == created.Id.ToString()).OrderBy(a => a.Time).ToListAsync());
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Updated, AuditChangeType.Deleted], rows.Select(r => r.ChangeType));
        Assert.All(rows, r => Assert.Equal("admin", r.UserName));
        var nameChange = JsonDocument.Parse(rows[1].Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("property").GetString() == "Name");
        Assert.Equal("Before", nameChange.GetProperty("oldValue").GetString());
        Assert.Equal("After", nameChange.GetProperty("newValue").GetString());
    }

    private static UpdateEnterpriseDto Update(EnterpriseDto dto, string name) => new()
    {
        Name = name,
        UnifiedSocialCreditCode = dto.UnifiedSocialCreditCode,
        SubDistrictCode = dto.SubDistrictCode,
        IndustryFieldCode = dto.IndustryFieldCode,
        ConcurrencyStamp = dto.ConcurrencyStamp,
        Contacts = dto.Contacts.Select(c => new EnterpriseContactInput { Id = c.Id, Name = c.Name, Phone = c.Phone }).ToList(),
    };

    private Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Enterprise, bool>> predicate) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Enterprises.CountAsync(predicate));

    internal static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
