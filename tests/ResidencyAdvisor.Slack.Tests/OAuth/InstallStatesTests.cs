using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.OAuth;

/// <summary>Issue 18, finding 2: an install state is signed and carries its expiry, so issuing one stores nothing.</summary>
public class InstallStatesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 18, 0, 0, TimeSpan.Zero));
    private readonly string _key = TokenProtector.NewKey();

    [Fact]
    public void A_state_is_accepted_until_it_expires_ten_minutes_later_and_not_after()
    {
        var states = States(_key);
        var state = states.Issue(InstallEndpoints.StateLifetime);

        var fresh = states.ExpiryOf(state);
        _time.Advance(InstallEndpoints.StateLifetime - TimeSpan.FromSeconds(1));
        var lastSecond = states.ExpiryOf(state);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(_time.GetUtcNow(), fresh);
        Assert.NotNull(lastSecond);
        Assert.Null(states.ExpiryOf(state));
    }

    [Fact]
    public void A_state_with_one_character_changed_is_refused()
    {
        var states = States(_key);
        var state = states.Issue(InstallEndpoints.StateLifetime);
        var changed = (state[5] == 'A' ? "B" : "A") is var c ? state[..5] + c + state[6..] : state;

        Assert.Null(states.ExpiryOf(changed));
        Assert.Null(states.ExpiryOf("not-a-state"));
        Assert.Null(states.ExpiryOf(""));
    }

    [Fact]
    public void A_state_signed_by_another_deployment_is_refused_and_two_states_never_match()
    {
        var ours = States(_key);
        var theirs = States(TokenProtector.NewKey());

        Assert.Null(ours.ExpiryOf(theirs.Issue(InstallEndpoints.StateLifetime)));
        Assert.NotEqual(ours.Issue(InstallEndpoints.StateLifetime), ours.Issue(InstallEndpoints.StateLifetime));
    }

    private InstallStates States(string key) => new(Options.Create(new SlackOptions { TokenKey = key }), _time);
}
