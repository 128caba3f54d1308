using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Interactions;

namespace ResidencyAdvisor.Discord.Tests.Interactions;

public class EditableRepliesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_reply_is_handed_out_while_its_token_works_and_only_once()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions()));
        replies.Remember(Key("G1", "U1"), "app", "token-1", "m1", [], TimeSpan.Zero);
        _time.Advance(TimeSpan.FromMinutes(13));

        var taken = replies.TakeAll("U1");

        Assert.Equal("token-1", Assert.Single(taken).Reply.Token);
        Assert.Empty(replies.TakeAll("U1"));
    }

    [Fact]
    public void A_reply_whose_token_is_about_to_expire_is_never_handed_out()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions()));
        replies.Remember(Key("G1", "U1"), "app", "token-1", "m1", [], TimeSpan.Zero);

        _time.Advance(TimeSpan.FromMinutes(14));

        Assert.Null(replies.Find(Key("G1", "U1")));
        Assert.Empty(replies.TakeAll("U1"));
        Assert.Equal(0, replies.Count);
    }

    [Fact]
    public void The_window_counts_from_when_the_interaction_arrived_not_from_when_the_reply_was_sent()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions()));
        replies.Remember(Key("G1", "U1"), "app", "token-1", null, [], TimeSpan.FromMinutes(10));

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(replies.TakeAll("U1"));
    }

    [Fact]
    public void Only_the_latest_reply_of_a_scope_is_kept_and_other_students_and_scopes_are_apart()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions()));
        replies.Remember(Key("G1", "U1"), "app", "old", null, [], TimeSpan.Zero);
        replies.Remember(Key("G1", "U1"), "app", "new", null, ["f1"], TimeSpan.Zero);
        replies.Remember(Key("dm", "U1"), "app", "dm", null, [], TimeSpan.Zero);
        replies.Remember(Key("G1", "U2"), "app", "other-student", null, [], TimeSpan.Zero);

        var taken = replies.TakeAll("U1").ToDictionary(t => t.Key.Scope, t => t.Reply);

        Assert.Equal(2, taken.Count);
        Assert.Equal("new", taken["G1"].Token);
        Assert.Equal(["f1"], taken["G1"].FollowUpIds);
        Assert.Equal("dm", taken["dm"].Token);
        Assert.Equal("other-student", Assert.Single(replies.TakeAll("U2")).Reply.Token);
    }

    [Fact]
    public void Past_the_cap_the_oldest_replies_are_dropped_first()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions { MaxEditableReplies = 3 }));
        for (var i = 1; i <= 5; i++)
        {
            replies.Remember(Key("G1", $"U{i}"), "app", $"token-{i}", null, [], TimeSpan.Zero);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, replies.Count);
        Assert.Empty(replies.TakeAll("U1"));
        Assert.Empty(replies.TakeAll("U2"));
        Assert.Single(replies.TakeAll("U5"));
    }

    [Fact]
    public void A_student_clicking_all_day_in_one_scope_holds_one_reply()
    {
        var replies = new EditableReplies(_time, Options.Create(new DiscordOptions { MaxEditableReplies = 3 }));
        for (var i = 0; i < 100; i++)
        {
            replies.Remember(Key("G1", "U1"), "app", $"token-{i}", null, [], TimeSpan.Zero);
        }

        Assert.Equal(1, replies.Count);
        Assert.Equal("token-99", Assert.Single(replies.TakeAll("U1")).Reply.Token);
    }

    private static ConversationKey Key(string scope, string user) => new("discord", scope, user);
}
