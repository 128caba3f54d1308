using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Tests.Fixtures;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Tests.Redis;

/// <summary>Issue 11 with Redis: erased answers leave the AOF, errors carry no keys or passwords, deployments stay apart.</summary>
public sealed class RedisPrivacyTests
{
    [RedisFact]
    public async Task After_forget_the_append_only_file_no_longer_holds_the_erased_answers()
    {
        using var folder = new TempFolder();
        using var server = LocalRedisServer.Start(folder.Path);
        using var connection = RedisConnector.Connect(server.Configuration);
        var admin = connection.GetServer(server.Endpoint);
        await admin.ExecuteAsync("CONFIG", "SET", "appendonly", "yes");
        await WaitForRewriteAsync(admin);
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(1));
        var key = new ConversationKey("discord", "G1", "U1");
        var state = ConversationState.Start(DateTimeOffset.UtcNow, "session-erase-me-4711");
        state.Answers = new Answers { Exam = ExamKind.Usmle, ScoreAnswered = true, Step2Score = 241 };
        for (var turn = 1; turn <= 5; turn++)
        {
            state.Turn = turn;
            Assert.True(await store.TrySaveAsync(key, state, default));
        }

        Assert.True(AofContains(folder.Path, state.SessionId), "the answers should be in the AOF before they are erased");

        Assert.Equal(1, await store.DeleteAllAsync("discord", "U1", default));
        await WaitForRewriteAsync(admin);

        Assert.False(AofContains(folder.Path, state.SessionId));
    }

    [RedisFact]
    public async Task A_store_error_names_neither_the_key_nor_the_user()
    {
        using var server = LocalRedisServer.Start();
        using var connection = RedisConnector.Connect(server.Configuration);
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(1));
        server.Stop();

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            store.LoadAsync(new ConversationKey("discord", "G1", "user-4242"), default));

        Assert.DoesNotContain("user-4242", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("conversation:", error.ToString(), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Two_deployments_with_different_key_prefixes_do_not_share_conversations()
    {
        var redis = SharedRedisServer.Instance!.Configuration;
        using var staging = Build(redis, "staging:");
        using var production = Build(redis, "production:");
        var key = new ConversationKey("slack", "T1", "U-" + Guid.NewGuid().ToString("N"));

        Assert.True(await staging.GetRequiredService<IConversationStore>().TrySaveAsync(key, ConversationState.Start(DateTimeOffset.UtcNow, "s"), default));

        Assert.Null(await production.GetRequiredService<IConversationStore>().LoadAsync(key, default));
        Assert.NotNull(await staging.GetRequiredService<IConversationStore>().LoadAsync(key, default));
    }

    [RedisFact]
    public async Task Uninstalling_a_workspace_in_one_deployment_erases_its_students_there_and_leaves_the_other_deployment_alone()
    {
        var redis = SharedRedisServer.Instance!.Configuration;
        using var staging = Build(redis, "staging:");
        using var production = Build(redis, "production:");
        var team = "T-" + Guid.NewGuid().ToString("N");
        var key = new ConversationKey("slack", team, "U1");
        foreach (var deployment in new[] { staging, production })
        {
            await deployment.GetRequiredService<IInstallationStore>().SaveAsync(
                new Installation("slack", team, null, "UBOT", "sealed", DateTimeOffset.UtcNow), default);
            Assert.True(await deployment.GetRequiredService<IConversationStore>().TrySaveAsync(key, ConversationState.Start(DateTimeOffset.UtcNow, "s"), default));
        }

        var erased = await staging.GetRequiredService<IInstallationStore>().DeleteAsync("slack", team, default);

        Assert.Equal(1, erased);
        Assert.Null(await staging.GetRequiredService<IConversationStore>().LoadAsync(key, default));
        Assert.Null(await staging.GetRequiredService<IInstallationStore>().FindAsync("slack", team, default));
        Assert.NotNull(await production.GetRequiredService<IConversationStore>().LoadAsync(key, default));
        Assert.NotNull(await production.GetRequiredService<IInstallationStore>().FindAsync("slack", team, default));
    }

    [Fact]
    public void A_password_with_a_comma_is_refused_at_start_without_showing_any_part_of_it()
    {
        using var provider = StorageRegistrationTests.Build(new()
        {
            ["Storage:Provider"] = "redis",
            ["Storage:Redis"] = "127.0.0.1:6379,password=first-half,s3cr3t-second-half",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Redis", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("first-half", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string redis, string prefix) => StorageRegistrationTests.Build(new()
    {
        ["Storage:Provider"] = "redis",
        ["Storage:Redis"] = redis,
        ["Storage:RedisKeyPrefix"] = prefix,
    });

    private static bool AofContains(string folder, string needle) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0);

    private static async Task WaitForRewriteAsync(IServer server)
    {
        // Polls Redis's own progress report; a rewrite of a few keys takes milliseconds.
        for (var i = 0; i < 200; i++)
        {
            var info = (string)(await server.ExecuteAsync("INFO", "persistence"))!;
            if (info.Contains("aof_rewrite_in_progress:0", StringComparison.Ordinal)
                && info.Contains("aof_rewrite_scheduled:0", StringComparison.Ordinal)
                && info.Contains("aof_enabled:1", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("Redis did not finish rewriting its append-only file.");
    }
}
