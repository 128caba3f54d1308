using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Tests.Gateway;

public class GatewaySessionTests
{
    [Fact]
    public void A_replayed_older_event_does_not_move_the_sequence_back()
    {
        var session = new GatewaySession();
        session.Saw(7);

        session.Saw(5);

        Assert.Equal(7, session.Sequence);
    }

    [Fact]
    public void A_reset_session_cannot_resume_and_has_no_sequence()
    {
        var session = new GatewaySession();
        session.Ready("abc", new Uri("wss://resume.example"));
        session.Saw(3);

        session.Reset();

        Assert.False(session.CanResume);
        Assert.Null(session.Sequence);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(30)]
    public void Backoff_stays_between_half_the_base_and_the_cap(int attempt)
    {
        for (var i = 0; i < 100; i++)
        {
            var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            Assert.InRange(delay, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public void Backoff_grows_with_attempts()
    {
        var early = Enumerable.Range(0, 200).Average(_ => Backoff.Delay(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)).TotalMilliseconds);
        var late = Enumerable.Range(0, 200).Average(_ => Backoff.Delay(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)).TotalMilliseconds);

        Assert.True(late > early * 3);
    }
}
