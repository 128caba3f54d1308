using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Core.Tests.Conversations;

/// <summary>A student talking to the advisor through the real service and an in-memory store.</summary>
internal sealed class TestChat
{
    private int _sessions;

    public TestChat(IConversationStore? store = null, QuestionnaireMigrations? migrations = null, FakeTimeProvider? time = null, AdvisorMetrics? metrics = null,
        IReminderStore? reminders = null, int cachedConversations = 1000)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        Store = store ?? new InMemoryConversationStore(Time, TimeSpan.FromDays(30));
        Cache = new ConversationCache(cachedConversations, TimeSpan.FromMinutes(10), Time);
        Service = new TurnHandler(Store, new ConversationEngine(TestContent.Content, () => $"s{++_sessions}"), Time, null, migrations, metrics, reminders,
            cache: Cache);
    }

    public FakeTimeProvider Time { get; }

    public IConversationStore Store { get; }

    /// <summary>The conversations the service keeps in memory, as the host's does.</summary>
    public ConversationCache Cache { get; }

    public TurnHandler Service { get; }

    public ConversationKey Key { get; } = new("test", "dm", "student-1");

    public Reply Last { get; private set; } = new("", 0, [], null);

    public Prompt Prompt => Assert.IsType<QuestionView>(Last.View).Prompt;

    public async Task<Reply> SendAsync(UserInput input) => Last = await Service.HandleAsync(Key, input, default);

    public Task<Reply> StartAsync() => SendAsync(UserInput.Start());

    /// <summary>Answers every question as the dual-apply student types them and confirms: the recommendation is on screen.</summary>
    public async Task<Reply> FinishAsync()
    {
        await StartAsync();
        await TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        var result = await TypeAsync("0");
        Assert.IsType<ResultView>(result.View);
        return result;
    }

    public Task<Reply> TypeAsync(string text) => SendAsync(UserInput.Text(text));

    /// <summary>Clicks an answer on the latest message, carrying its session and turn like a button would.</summary>
    public Task<Reply> ClickAsync(params string[] values) =>
        SendAsync(UserInput.Answer(Prompt.Step, values, Last.SessionId, Last.Turn));

    public Task<Reply> CommandAsync(InputKind kind) => SendAsync(UserInput.Command(kind, Last.SessionId, Last.Turn));

    public async Task<Reply> TypeAllAsync(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            await TypeAsync(text);
            Assert.False(Last.Has(NoticeKind.InvalidAnswer), $"'{text}' was refused: {string.Join(" ", Last.Notices.Select(n => n.Text))}");
        }

        return Last;
    }
}
