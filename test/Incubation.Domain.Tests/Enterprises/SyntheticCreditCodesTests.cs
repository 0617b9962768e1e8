namespace Incubation.Enterprises;

public class SyntheticCreditCodesTests
{
    [Fact]
    public void Should_make_valid_codes_of_the_district_with_a_valid_organisation_check()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var code = SyntheticCreditCodes.Next(random);
            Assert.Equal(CreditCodeCheckResult.Valid, UnifiedSocialCreditCode.Check(code));
            Assert.StartsWith("91520103", code, StringComparison.Ordinal);
            Assert.Equal(code[16], SyntheticCreditCodes.OrgCheckCharacter(code[8..16]));
        }
    }

    [Fact]
    public void Should_compute_the_organisation_check_of_a_published_code() =>
        Assert.Equal('9', SyntheticCreditCodes.OrgCheckCharacter("MA2YJ1XR")); // 91350200MA2YJ1XR9G, domain-rules §7.4

    [Fact]
    public void Should_be_deterministic_for_a_seed() =>
        Assert.Equal(SyntheticCreditCodes.Next(new Random(42)), SyntheticCreditCodes.Next(new Random(42)));
}
