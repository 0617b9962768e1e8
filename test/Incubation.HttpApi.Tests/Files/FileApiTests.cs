using System.Net;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Files;

public class FileApiTests(FileApiFactory factory) : IClassFixture<FileApiFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_upload_a_png_for_a_visible_enterprise_and_download_it_byte_identical()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var png = FileRequests.Png();

        using var upload = await officer.Http.PostAsync(FileRequests.Url, FileRequests.Upload(png, "走访 照片.png", enterprise.Id, "VisitPhoto"));
        var file = await officer.ReadAsync<StoredFileDto>(upload);
        Assert.Equal(("走访 照片.png", "image/png", (long)png.Length, StoredFilePurpose.VisitPhoto, enterprise.Id),
            (file.Name, file.ContentType, file.Size, file.Purpose, file.EnterpriseId));
        Assert.Equal(file.Id, (await officer.GetFromJsonAsync<StoredFileDto>($"{FileRequests.Url}/{file.Id}")).Id);

        using var download = await officer.GetAsync($"{FileRequests.Url}/{file.Id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("走访 照片.png", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        var stored = Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories);
        Assert.Contains(stored, path => File.ReadAllBytes(path).AsSpan().SequenceEqual(png));
        Assert.All(stored, path => Assert.DoesNotContain("走访", path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FileApiFactory.MaxSize + 1)]        // read and refused by the policy
    [InlineData(FileApiFactory.MaxSize * 3)]        // refused from its declared length before it is read
    public async Task Should_refuse_an_oversized_file_with_a_field_error(long size)
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png((int)size), "big.png"));
        await AssertFieldErrorAsync(response, IncubationErrorCodes.FileTooLarge, "64 KB");
    }

    [Fact]
    public async Task Should_refuse_a_body_that_grows_too_large_while_read_without_a_server_error()
    {
        using var admin = await _data.AdminClientAsync();
        var form = FileRequests.Upload(FileRequests.Png((int)FileApiFactory.MaxSize * 3), "big.png");
        using var unannounced = new UnannouncedContent(await form.ReadAsByteArrayAsync());
        unannounced.Headers.ContentType = form.Headers.ContentType;
        using var response = await admin.Http.PostAsync(FileRequests.Url, unannounced);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Should_refuse_a_file_whose_content_is_not_what_its_name_says()
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.Http.PostAsync(FileRequests.Url, FileRequests.Upload("plain text"u8.ToArray(), "photo.jpg"));
        await AssertFieldErrorAsync(response, IncubationErrorCodes.FileTypeNotAllowed);
    }

    [Theory]
    [InlineData("../../etc/passwd.png")]
    [InlineData("a\\b.png")]
    public async Task Should_refuse_a_name_that_is_a_path(string name)
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png(), name));
        await AssertFieldErrorAsync(response, IncubationErrorCodes.FileNameNotAllowed);
    }

    [Fact]
    public async Task Should_refuse_a_street_officer_uploading_for_an_enterprise_outside_their_sub_district_and_store_nothing()
    {
        var outside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);

        using var response = await officer.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png(), "photo.png", outside.Id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<StoredFile>()
            .IgnoreQueryFilters().AnyAsync(f => f.EnterpriseId == outside.Id)));
    }

    [Fact]
    public async Task Should_not_let_a_scoped_user_see_a_file_of_an_enterprise_outside_their_scope()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var file = await officer.ReadAsync<StoredFileDto>(
            await officer.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png(), "minutes.png", enterprise.Id)));

        using var otherOfficer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        using var otherEnterprise = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: (await _data.EnterpriseAsync()).Id);
        foreach (var outsider in new[] { otherOfficer, otherEnterprise })
        {
            using var metadata = await outsider.GetAsync($"{FileRequests.Url}/{file.Id}");
            Assert.Equal(HttpStatusCode.NotFound, metadata.StatusCode);
            using var content = await outsider.GetAsync($"{FileRequests.Url}/{file.Id}/content");
            Assert.Equal(HttpStatusCode.NotFound, content.StatusCode);
        }

        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        using var own = await owner.GetAsync($"{FileRequests.Url}/{file.Id}/content");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Should_show_a_file_without_enterprise_to_its_uploader_and_the_bureau_only()
    {
        using var uploader = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var file = await uploader.ReadAsync<StoredFileDto>(
            await uploader.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png(), "signature.png", purpose: "Signature")));

        using var colleague = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        using var hidden = await colleague.GetAsync($"{FileRequests.Url}/{file.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using var admin = await _data.AdminClientAsync();
        Assert.Equal(file.Id, (await admin.GetFromJsonAsync<StoredFileDto>($"{FileRequests.Url}/{file.Id}")).Id);
        Assert.Equal(file.Id, (await uploader.GetFromJsonAsync<StoredFileDto>($"{FileRequests.Url}/{file.Id}")).Id);
    }

    [Fact]
    public async Task Should_refuse_an_upload_without_the_xsrf_header_even_with_the_token_in_the_form()
    {
        using var admin = await _data.AdminClientAsync();
        var token = admin.Http.DefaultRequestHeaders.GetValues(XsrfCookie.HeaderName).Single();
        admin.Http.DefaultRequestHeaders.Remove(XsrfCookie.HeaderName);
        var form = FileRequests.Upload(FileRequests.Png(), "photo.png");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await admin.Http.PostAsync(FileRequests.Url, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AntiforgeryFilter.ErrorCode, (await EnterpriseApiTests.Problem(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_let_an_enterprise_user_download_but_not_upload()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var user = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        using var response = await user.Http.PostAsync(FileRequests.Url, FileRequests.Upload(FileRequests.Png(), "photo.png", enterprise.Id));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string code, string? messagePart = null)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await EnterpriseApiTests.Problem(response);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty(FileConsts.FileField)[0].GetString();
        Assert.False(string.IsNullOrEmpty(message));
        Assert.DoesNotContain("Incubation:", message, StringComparison.Ordinal); // a text, not the bare code
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, message, StringComparison.Ordinal);
        }
    }
}
