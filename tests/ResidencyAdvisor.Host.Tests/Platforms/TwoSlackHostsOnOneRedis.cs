using System.Collections.Concurrent;
using System.Diagnostics;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>
/// A scale-out deployment on loopback: one fake Slack, its own redis-server and two real residency-advisor processes,
/// each holding one Socket Mode connection. Host i owns socket i: the second host starts only once the first is connected.
/// </summary>
public sealed class TwoSlackHostsOnOneRedis : IAsyncLifetime
{
    public const int Hosts = 2;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly List<Process> _hosts = [];
    private readonly ConcurrentQueue<string> _logs = new();
    private readonly ConcurrentQueue<FakeDelivery> _deliveries = new();
    private FakeSlack? _slack;
    private LocalRedisServer? _server;
    private ConnectionMultiplexer? _redis;
    private RedisConversationStore? _store;

    public FakeSlack Slack => _slack ?? throw new InvalidOperationException(SharedRedisServer.SkipReason ?? "Not started.");

    /// <summary>Every envelope the fake sent to either host, in sending order.</summary>
    public IReadOnlyList<FakeDelivery> Deliveries => [.. _deliveries];

    public async Task InitializeAsync()
    {
        // Without a redis-server every test here is skipped; start nothing.
        if (SharedRedisServer.Instance is null)
        {
            return;
        }

        // A redis-server of its own, not the shared one: HoldSavesUntilWaitingAsync counts the clients whose writes the server
        // holds, and it pauses every client's writes, so other test classes must not be talking to the same server.
        var redis = _server = LocalRedisServer.Start();

        // Admin, for CLIENT PAUSE and INFO in HoldSavesUntilWaitingAsync.
        _redis = RedisConnector.Connect(redis.Configuration + ",allowAdmin=true");

        // The store the hosts use (same default key prefix), to check what was really recorded.
        _store = new RedisConversationStore(_redis, TimeSpan.FromDays(30));
        _slack = await FakeSlack.StartAsync();
        _slack.EnvelopeSending += _deliveries.Enqueue;
        for (var i = 0; i < Hosts; i++)
        {
            var process = HostProcess.Start([], new Dictionary<string, string>
            {
                ["Slack__AppToken"] = FakeSlack.AppToken,
                ["Slack__BotToken"] = FakeSlack.BotToken,
                ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
                ["Slack__Connections"] = "1",
                ["Slack__ChannelMessageInterval"] = "00:00:00.010",
                ["Slack__ChannelMessageBurst"] = "5",
                ["Storage__Provider"] = "redis",
                ["Storage__Redis"] = redis.Endpoint,
                // Debug here logs "Two turns raced on one conversation" when a compare-and-set loses.
                ["Logging__LogLevel__ResidencyAdvisor.Core.Conversations.TurnHandler"] = "Debug",
            });
            var host = i;
            process.ErrorDataReceived += (_, e) => Keep(host, e.Data);
            process.OutputDataReceived += (_, e) => Keep(host, e.Data);
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            _hosts.Add(process);
            await _slack.WaitForSocketAsync(i, StartTimeout);
        }
    }

    /// <summary>The conversation exactly as Redis holds it.</summary>
    public Task<ConversationState?> LoadAsync(SlackStudent student) =>
        _store!.LoadAsync(new ConversationKey("slack", FakeSlack.TeamId, student.UserId), CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="act"/> while Redis holds every write until <paramref name="writers"/> hosts each have a write
    /// (their compare-and-set) waiting: turns sent at once then really meet in the store, whatever the scheduling. A
    /// host with the conversation in memory goes straight to its save; the other reads it first.
    /// </summary>
    public async Task HoldSavesUntilWaitingAsync(int writers, Func<Task> act)
    {
        var server = _redis!.GetServers().Single();
        await server.ExecuteAsync("CLIENT", "PAUSE", "5000", "WRITE");
        try
        {
            await act();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            long seen;
            while ((seen = await WaitingWritersAsync(server)) < writers)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Only {seen} of {writers} hosts' writes reached Redis within 5 s.");
                }

                await Task.Delay(10);
            }
        }
        finally
        {
            await server.ExecuteAsync("CLIENT", "UNPAUSE");
        }
    }

    /// <summary>Everything both hosts have written so far, each line prefixed with its host number.</summary>
    public IReadOnlyList<string> Logs => [.. _logs];

    public async Task DisposeAsync()
    {
        foreach (var process in _hosts)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        _redis?.Dispose();
        _server?.Dispose();
    }

    /// <summary>How many HMGETs (RedisConversationStore.LoadAsync) Redis has served.</summary>
    // Redis counts a client whose write waits out CLIENT PAUSE as blocked; each host writes through one connection.
    private static async Task<long> WaitingWritersAsync(IServer server)
    {
        var blocked = (await server.InfoAsync("clients")).SelectMany(group => group)
            .FirstOrDefault(pair => pair.Key == "blocked_clients").Value ?? "0";
        return long.Parse(blocked, System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Keep(int host, string? line)
    {
        if (line is not null)
        {
            _logs.Enqueue($"[host {host}] {line}");
        }
    }
}
