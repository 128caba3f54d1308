using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Tests.WebApi;

public class ChannelRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ChannelRateLimiter _limiter;

    public ChannelRateLimiterTests() =>
        _limiter = new ChannelRateLimiter(Options.Create(new SlackOptions { ChannelMessageInterval = TimeSpan.FromSeconds(1), ChannelMessageBurst = 3 }), _time);

    [Fact]
    public void A_short_burst_goes_at_once_then_messages_wait_a_second_each()
    {
        var waits = Enumerable.Range(0, 5).Select(_ => _limiter.Reserve("D1")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void Channels_do_not_share_a_budget()
    {
        for (var i = 0; i < 3; i++)
        {
            _limiter.Reserve("D1");
        }

        Assert.Equal(TimeSpan.Zero, _limiter.Reserve("D2"));
    }

    [Fact]
    public void The_budget_refills_at_one_message_per_interval()
    {
        for (var i = 0; i < 3; i++)
        {
            _limiter.Reserve("D1");
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, _limiter.Reserve("D1"));
        Assert.Equal(TimeSpan.FromSeconds(1), _limiter.Reserve("D1"));
    }
}
