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

        // A redis-server of its own, not the shared one: HoldSavesUntilLoadedAsync counts every HMGET the server
        // receives and pauses every client's writes, so other test classes must not be talking to the same server.
        var redis = _server = LocalRedisServer.Start();

        // Admin, for CLIENT PAUSE and INFO in HoldSavesUntilLoadedAsync.
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
    /// Runs <paramref name="act"/> while Redis holds every write (each host's compare-and-set) until <paramref name="loads"/>
    /// more conversation loads have arrived: turns sent at once then really overlap in the store, whatever the scheduling.
    /// </summary>
    public async Task HoldSavesUntilLoadedAsync(int loads, Func<Task> act)
    {
        var server = _redis!.GetServers().Single();
        var before = await LoadsSoFarAsync(server);
        await server.ExecuteAsync("CLIENT", "PAUSE", "5000", "WRITE");
        try
        {
            await act();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            long seen;
            while ((seen = await LoadsSoFarAsync(server) - before) < loads)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Only {seen} of {loads} conversation loads reached Redis within 5 s.");
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
    private static async Task<long> LoadsSoFarAsync(IServer server)
    {
        var stats = (await server.InfoAsync("commandstats")).SelectMany(group => group)
            .FirstOrDefault(pair => pair.Key == "cmdstat_hmget").Value ?? "calls=0";
        return long.Parse(stats.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Keep(int host, string? line)
    {
        if (line is not null)
        {
            _logs.Enqueue($"[host {host}] {line}");
        }
    }
}
