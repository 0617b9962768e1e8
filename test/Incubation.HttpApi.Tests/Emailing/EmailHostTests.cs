using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Emailing;

public class EmailHostTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    [Fact]
    public void Should_send_no_email_from_the_test_host() =>
        Assert.IsType<NullEmailSender>(factory.Services.GetRequiredService<IEmailSender>());
}
