namespace Incubation.Enterprises;

public static class EnterpriseRequests
{
    public const string Url = "/api/app/enterprises";

    public static object Create(string? code = null, string? name = null, string subDistrictCode = TestData.SubDistrictA,
        string industryFieldCode = TestData.LeafField, string? overrideReason = null, Guid? incubatorId = null) => new
    {
        name = name ?? "Enterprise " + Guid.NewGuid().ToString("N")[..8],
        unifiedSocialCreditCode = code ?? TestData.NewCreditCode(),
        creditCodeOverrideReason = overrideReason,
        subDistrictCode,
        industryFieldCode,
        incubatorId,
        establishedOn = "2015-06-01",
        registeredCapital = 500m,
        contacts = new[] { new { name = "Zhang San", title = "CEO", phone = "0851-12345678", email = "zhang@example.com" } },
        tags = new[] { "AI" },
    };
}
