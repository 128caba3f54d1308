using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(20, 30)]
    public void The_delay_doubles_per_failure_up_to_the_maximum(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), ReconnectBackoff.Delay(failures, Min, Max, random: 1.0));
    }

    [Fact]
    public void Jitter_keeps_the_delay_between_half_and_all_of_the_step()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), ReconnectBackoff.Delay(4, Min, Max, random: 0.0));
        Assert.Equal(TimeSpan.FromSeconds(6), ReconnectBackoff.Delay(4, Min, Max, random: 0.5));
    }
}
