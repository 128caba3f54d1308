using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Season;
using ResidencyAdvisor.Discord.Tests.Rest;

namespace ResidencyAdvisor.Discord.Tests.Season;

/// <summary>The reminder's Stop button when the reminder store is slow or down: the student still gets one answer in time.</summary>
public class ReminderStopperTests
{
    private const string Guild = "700000000000000001";
    private static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_store_that_is_down_gets_a_something_went_wrong_answer_and_the_subscription_stays()
    {
        await using var harness = await RestHarness.StartAsync();
        var store = new DownStore();
        var key = new ConversationKey("discord", Guild, "42");
        await store.SubscribeAsync(new ReminderSubscription(key, DateTimeOffset.UtcNow, "America/New_York", new Dictionary<string, DateTimeOffset>()), default);
        var (exchange, interaction, parsed) = await ClickInDmAsync(harness);

        await Stopper(harness, store, TimeProvider.System).StopAsync(interaction, parsed, Guild, default);

        var response = await exchange.InitialResponse;
        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(TestContent.Content.Notices[StudentNotice.SomethingWentWrong], (string?)response["data"]!["content"]);
        Assert.Equal(64, (int?)response["data"]!["flags"]);
        Assert.NotNull(await store.GetAsync(key, default));
    }

    [Fact]
    public async Task A_slow_store_is_deferred_within_Discords_three_seconds_and_the_answer_follows()
    {
        await using var harness = await RestHarness.StartAsync();
        var time = new FakeTimeProvider();
        var slow = new SlowReminderStore();
        var (exchange, interaction, parsed) = await ClickInDmAsync(harness);

        var stopping = Stopper(harness, slow, time).StopAsync(interaction, parsed, Guild, default);
        time.Advance(DeferAfter);
        var deferred = await exchange.InitialResponse.WaitAsync(TimeSpan.FromSeconds(10));
        slow.Release();
        await stopping;

        Assert.Equal((5, 64), ((int)deferred["type"]!, (int?)deferred["data"]!["flags"]));
        Assert.Equal(TestContent.Content.Notices[StudentNotice.RemindersOff], (string?)Assert.Single(exchange.Edits)["content"]);
        Assert.Equal(new ConversationKey("discord", Guild, "42"), slow.Unsubscribed);
    }

    private static ReminderStopper Stopper(RestHarness harness, IReminderStore store, TimeProvider time)
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        var responder = new InteractionResponder(harness.Client, new DiscordMetrics(meters), time);
        return new ReminderStopper(responder, TestContent.Content, Options.Create(new DiscordOptions { DeferAfter = DeferAfter }), time,
            harness.Logger<ReminderStopper>(), store);
    }

    /// <summary>The student clicks a reminder's Stop button in their DM with the bot.</summary>
    private static async Task<(InteractionExchange, InteractionPayload, ParsedInteraction)> ClickInDmAsync(RestHarness harness)
    {
        var exchange = await harness.Server.SendInteractionAsync(new JsonObject
        {
            ["type"] = 3,
            ["channel_id"] = "700000000000000002",
            ["user"] = new JsonObject { ["id"] = "42" },
            ["message"] = new JsonObject { ["id"] = "700000000000000003" },
            ["data"] = new JsonObject { ["custom_id"] = StopRemindersId.For(Guild), ["component_type"] = 2 },
        });
        var interaction = JsonSerializer.Deserialize(exchange.Interaction.ToJsonString(), DiscordJsonContext.Default.InteractionPayload)!;
        return (exchange, interaction, InteractionParser.Parse(interaction)!);
    }

    private sealed class DownStore : InMemoryStoreWrapper
    {
        public override Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken) =>
            Task.FromException(new IOException("reminder store unreachable"));
    }

    private sealed class SlowReminderStore : InMemoryStoreWrapper
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConversationKey? Unsubscribed { get; private set; }

        public void Release() => _release.TrySetResult();

        public override async Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken)
        {
            await _release.Task.WaitAsync(cancellationToken);
            Unsubscribed = key;
        }
    }

    /// <summary>An in-memory store whose unsubscribe a test replaces.</summary>
    private abstract class InMemoryStoreWrapper : IReminderStore
    {
        private readonly InMemoryReminderStore _inner = new();

        public abstract Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken);

        public Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken) => _inner.SubscribeAsync(subscription, cancellationToken);

        public Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken) =>
            _inner.UnsubscribeUserAsync(platform, userId, cancellationToken);

        public Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken) =>
            _inner.UnsubscribeAllAsync(platform, scope, cancellationToken);

        public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken) => _inner.ListAsync(cancellationToken);

        public Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.HandledAsync(key, cancellationToken);

        public Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
            _inner.TryClaimAsync(key, reminderId, owner, now, lease, cancellationToken);

        public Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) =>
            _inner.CompleteAsync(key, reminderId, cancellationToken);

        public Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) =>
            _inner.FailAsync(key, reminderId, cancellationToken);
    }
}
