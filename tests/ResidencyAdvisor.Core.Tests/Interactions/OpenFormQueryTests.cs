using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Interactions;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Interactions;

public class OpenFormQueryTests
{
    private static readonly TimeSpan Plenty = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_button_on_the_current_question_opens_the_form_on_that_question()
    {
        var chat = await AtStep2ScoreAsync();

        var lookup = await new OpenFormQuery(chat.Service).AskAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.Step2Score.Id(), Plenty, default);

        Assert.Equal(Step.Step2Score, lookup.Prompt?.Step);
        Assert.False(lookup.OutOfDate);
    }

    [Fact]
    public async Task A_button_from_an_earlier_turn_is_out_of_date()
    {
        var chat = await AtStep2ScoreAsync();

        var lookup = await new OpenFormQuery(chat.Service).AskAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn - 1, Step.Step2Score.Id(), Plenty, default);

        Assert.True(lookup.OutOfDate);
        Assert.Null(lookup.Prompt);
    }

    [Fact]
    public async Task A_step_id_this_questionnaire_does_not_have_is_out_of_date()
    {
        var chat = await AtStep2ScoreAsync();

        var lookup = await new OpenFormQuery(chat.Service).AskAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, "no-such-step", Plenty, default);

        Assert.True(lookup.OutOfDate);
    }

    [Fact]
    public async Task Too_little_time_left_is_not_known_and_never_reaches_the_store()
    {
        var store = new FailingStore();
        var chat = new TestChat(store);

        var lookup = await new OpenFormQuery(chat.Service).AskAsync(chat.Key, "s1", 1, Step.Step2Score.Id(), TimeSpan.FromMilliseconds(10), default);

        Assert.True(lookup.Unknown);
        Assert.Null(lookup.Failure);
        Assert.Equal(0, store.Loads);
    }

    [Fact]
    public async Task A_store_failure_is_not_known_and_names_the_failure()
    {
        var chat = new TestChat(new FailingStore());

        var lookup = await new OpenFormQuery(chat.Service).AskAsync(chat.Key, "s1", 1, Step.Step2Score.Id(), Timeout.InfiniteTimeSpan, default);

        Assert.True(lookup.Unknown);
        Assert.IsType<IOException>(lookup.Failure);
    }

    private static async Task<TestChat> AtStep2ScoreAsync()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.ClickAsync("usmle");
        return chat;
    }

    private sealed class FailingStore : IConversationStore
    {
        public int Loads { get; private set; }

        public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken ct)
        {
            Loads++;
            throw new IOException("store down");
        }

        public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken ct) =>
            throw new IOException("store down");

        public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken ct) =>
            throw new IOException("store down");

        public Task<bool> DeleteAsync(ConversationKey key, CancellationToken ct) => Task.FromResult(false);

        public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken ct) => Task.FromResult(0);
    }
}
