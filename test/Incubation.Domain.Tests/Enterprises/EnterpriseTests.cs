namespace Incubation.Enterprises;

public class EnterpriseTests
{
    private static Enterprise NewEnterprise() =>
        new(Guid.NewGuid(), "  Acme  ", CreditCode.Create("91310110666007217T"), "520103019", "10101");

    [Fact]
    public void Should_trim_the_name() => Assert.Equal("Acme", NewEnterprise().Name);

    [Fact]
    public void Should_refuse_an_empty_name() =>
        Assert.ThrowsAny<ArgumentException>(() => NewEnterprise().Rename(" "));

    [Fact]
    public void Should_keep_tags_distinct_and_trimmed()
    {
        var enterprise = NewEnterprise();
        enterprise.SetTags(["AI", " AI ", "", "大数据"]);
        Assert.Equal(["AI", "大数据"], enterprise.Tags);
    }

    [Fact]
    public void Should_update_contacts_in_place_and_drop_the_missing_ones()
    {
        var enterprise = NewEnterprise();
        enterprise.SetContacts([new(null, "Zhang", "CEO", "123", null), new(null, "Li", null, null, null)]);
        var zhang = enterprise.Contacts[0];

        enterprise.SetContacts([new(zhang.Id, "Zhang San", "CEO", "456", null), new(null, "Wang", null, null, null)]);

        Assert.Equal(2, enterprise.Contacts.Count);
        Assert.Same(zhang, enterprise.Contacts[0]);
        Assert.Equal("Zhang San", zhang.Name);
        Assert.Equal("456", zhang.Phone);
        Assert.DoesNotContain(enterprise.Contacts, c => c.Name == "Li");
    }

    [Fact]
    public void Should_keep_the_override_reason_with_a_mismatching_code()
    {
        var enterprise = NewEnterprise();
        enterprise.ChangeCreditCode(CreditCode.Create("91350211M00013FA1N", "pilot code"));
        Assert.Equal("91350211M00013FA1N", enterprise.UnifiedSocialCreditCode);
        Assert.Equal("pilot code", enterprise.CreditCodeOverrideReason);
    }
}
