using Incubation.Enterprises;

namespace Incubation.Enterprises;

/// <summary>The vectors of domain-rules §7.5.</summary>
public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91310110666007217T")]
    [InlineData("91310115591693856A")]
    [InlineData("91350200776049653A")]
    [InlineData("91350500798359476R")]
    [InlineData("91350503MA31DKY80A")]
    [InlineData("91350200MA31E12PXF")]
    [InlineData("91440101MA5CJQ4N59")]
    [InlineData("913502000728319549")]
    [InlineData("123502001549897397")]
    [InlineData("913502115628130384")]
    [InlineData("9135021359498494XQ")]
    [InlineData("91350203MA31NDF85F")]
    [InlineData("91350203MA32AXT97E")]
    [InlineData("91350213678251743X")]
    [InlineData("91350200MA2YJ1XR9G")]
    public void Should_accept_the_published_valid_codes(string code) =>
        Assert.Equal(CreditCodeCheckResult.Valid, UnifiedSocialCreditCode.Check(code));

    [Theory]
    [InlineData("91350211M00013FA1N", '3')]
    [InlineData("91350203M0001QAY9B", '9')]
    public void Should_flag_the_real_non_conforming_pilot_codes_as_checksum_mismatch(string code, char expected)
    {
        Assert.Equal(CreditCodeCheckResult.ChecksumMismatch, UnifiedSocialCreditCode.Check(code));
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91310110666007217")]      // 17 characters
    [InlineData("91310110666007217TT")]    // 19 characters
    [InlineData("91310110666OO7217T")]     // O is not in the alphabet
    [InlineData("9131011066600721IT")]     // I is not in the alphabet
    [InlineData("91S10110666007217T")]     // S in the region part
    [InlineData("913A0110666007217T")]     // a letter in the region digits
    [InlineData("91310110666007217t")]     // lower case is not normalised by Check
    [InlineData("９１310110666007217T")]   // full-width digits
    public void Should_refuse_malformed_codes(string? code) =>
        Assert.Equal(CreditCodeCheckResult.Malformed, UnifiedSocialCreditCode.Check(code));

    [Fact]
    public void Should_normalise_what_a_person_types() =>
        Assert.Equal(CreditCodeCheckResult.Valid, UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize("  91310110666007217t ")));

    [Fact]
    public void Should_accept_a_checksum_mismatch_only_with_a_reason()
    {
        Assert.Null(CreditCode.TryCreate("91350211M00013FA1N", null));
        Assert.Null(CreditCode.TryCreate("91350211M00013FA1N", "   "));
        var accepted = CreditCode.TryCreate("91350211M00013FA1N", " issued by an early pilot region ");
        Assert.NotNull(accepted);
        Assert.Equal("issued by an early pilot region", accepted.OverrideReason);
    }

    [Fact]
    public void Should_never_build_a_malformed_code_even_with_a_reason() =>
        Assert.Null(CreditCode.TryCreate("9131011066600721IT", "please"));

    [Fact]
    public void Should_drop_the_reason_of_a_valid_code() =>
        Assert.Null(CreditCode.Create("91310110666007217T", "not needed").OverrideReason);
}
