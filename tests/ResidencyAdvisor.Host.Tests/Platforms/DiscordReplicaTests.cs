using System.Collections.Concurrent;
using System.Diagnostics;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>
/// Two real residency-advisor processes on one redis-server, receiving Discord interactions over HTTP through a
/// round-robin stand-in for a load balancer without sticky sessions.
/// </summary>
public sealed class DiscordReplicaTests
{
    private const string GuildId = "700000000000000007";

    [RedisFact]
    public async Task A_conversation_spread_over_two_instances_survives_one_being_killed_midway_and_ends_in_the_dual_apply_recommendation()
    {
        var redis = SharedRedisServer.Instance!;
        await using var discord = await FakeDiscordServer.StartAsync();
        var logs = new ConcurrentQueue<string>();
        var hosts = new List<Process>();
        try
        {
            var addresses = new List<Uri>();
            for (var i = 0; i < 2; i++)
            {
                var (process, address) = await StartHostAsync(i, discord, redis.Endpoint, logs);
                hosts.Add(process);
                addresses.Add(address);
            }

            await using var proxy = await RoundRobinProxy.StartAsync([.. addresses]);
            discord.PostInteractionsTo(new Uri(proxy.BaseAddress, "/discord/interactions"));
            var student = new FakeDiscordUser(discord, "300000000000000901", GuildId);

            // Four questions through both instances (numbers take two interactions: the button and the form).
            var turn = await student.SlashAsync();
            for (var answered = 0; answered < 4; answered++)
            {
                turn = await StudentScript.AnswerAsync(student, StudentScript.Title(student));
            }

            var beforeKill = proxy.Answered.ToArray();
            hosts[0].Kill(entireProcessTree: true);
            await hosts[0].WaitForExitAsync();

            await StudentScript.AnswerUntilSummaryAsync(student, turn);
            await student.ClickAsync("See my recommendation");
            var recommendation = student.Text();
            await student.ClickAsync("Interview answers");

            Assert.Contains("Dual apply: diagnostic radiology plus internal medicine", recommendation, StringComparison.Ordinal);
            Assert.Contains("Are you dual applying?", student.Text(), StringComparison.Ordinal);
            Assert.Equal([0, 1], beforeKill.Distinct().Order());
            Assert.All(proxy.Answered.Skip(beforeKill.Length), backend => Assert.Equal(1, backend));

            using var connection = RedisConnector.Connect(redis.Configuration);
            var saved = await new RedisConversationStore(connection, TimeSpan.FromDays(30))
                .LoadAsync(new ConversationKey("discord", GuildId, student.UserId), CancellationToken.None);
            Assert.NotNull(saved);
            Assert.Equal(Step.Done, saved.Step);
            Assert.Equal([SpecialtyId.InternalMedicine], saved.Answers.BackupInterests);
            Assert.DoesNotContain(logs, line => line.Contains(discord.Settings.Token, StringComparison.Ordinal));
        }
        finally
        {
            await ReplicaHost.StopAllAsync(hosts);
        }
    }

    private static Task<(Process Process, Uri Address)> StartHostAsync(int index, FakeDiscordServer discord, string redis, ConcurrentQueue<string> logs) =>
        ReplicaHost.StartAsync(index, new Dictionary<string, string>
        {
            ["Discord__PublicKey"] = discord.Settings.PublicKeyHex,
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Storage__Provider"] = "redis",
            ["Storage__Redis"] = redis,
        }, logs);
}
