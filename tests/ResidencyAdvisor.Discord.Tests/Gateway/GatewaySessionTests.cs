using ResidencyAdvisor.Discord.Gateway;

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
}
