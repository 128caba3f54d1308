using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Tests.Redis;

public sealed class RedisStoreTests
{
    [RedisFact]
    public async Task Every_save_sets_the_time_to_live_to_the_retention_period()
    {
        using var connection = RedisConnector.Connect(SharedRedisServer.Instance!.Configuration);
        var prefix = $"ttl-{Guid.NewGuid():N}:";
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(30), prefix);
        var key = new ConversationKey("slack", "T1", "U1");

        Assert.True(await store.TrySaveAsync(key, ConversationState.Start(DateTimeOffset.UtcNow, "s"), default));

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync($"{prefix}conversation:{key}");
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
    }

    [RedisFact]
    public async Task A_value_of_the_wrong_type_counts_as_corrupt()
    {
        using var connection = RedisConnector.Connect(SharedRedisServer.Instance!.Configuration);
        var prefix = $"wrongtype-{Guid.NewGuid():N}:";
        var key = new ConversationKey("slack", "T1", "U1");
        await connection.GetDatabase().StringSetAsync($"{prefix}conversation:{key}", "not a hash");

        await Assert.ThrowsAsync<CorruptConversationException>(() =>
            new RedisConversationStore(connection, TimeSpan.FromDays(1), prefix).LoadAsync(key, default));
    }

    [RedisFact]
    public async Task While_Redis_is_down_students_are_asked_to_try_again_and_the_store_recovers_when_it_is_back()
    {
        using var server = LocalRedisServer.Start();
        using var connection = RedisConnector.Connect(server.Configuration);
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(1));
        var service = new TurnHandler(store, TestContent.Engine(), TimeProvider.System);
        var key = new ConversationKey("discord", "G1", "U1");
        Assert.IsType<QuestionView>((await service.HandleAsync(key, UserInput.Start(), default)).View);

        server.Stop();
        var down = await service.HandleAsync(key, UserInput.Text("usmle"), default);

        Assert.True(down.Has(NoticeKind.TryAgainShortly));
        Assert.Null(down.View);
        server.Restart();
        Reply back = down;
        for (var i = 0; i < 100 && back.Has(NoticeKind.TryAgainShortly); i++)
        {
            await Task.Delay(100);
            back = await service.HandleAsync(key, UserInput.Start(), default);
        }

        Assert.IsType<QuestionView>(back.View);
    }

    [RedisFact]
    public async Task With_provider_redis_the_registration_uses_Redis_for_store_ledger_and_health()
    {
        using var provider = StorageRegistrationTests.Build(new()
        {
            ["Storage:Provider"] = "redis",
            ["Storage:Redis"] = SharedRedisServer.Instance!.Configuration,
        });

        Assert.IsType<RedisConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.IsType<FailOpenDeliveryLedger>(provider.GetRequiredService<IDeliveryLedger>());
        Assert.NotNull(provider.GetService<RedisDeliveryLedger>());
        Assert.Null(provider.GetService<SqliteDatabase>());
        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s is ExpiredConversationCleanup);
        var store = await StorageRegistrationTests.CheckStoreAsync(provider);
        Assert.Equal("redis", store.Data[StoreHealthCheck.ProviderKey]);
        Assert.Equal(HealthStatus.Healthy, store.Status);
    }

    [RedisFact]
    public async Task The_health_check_reports_unhealthy_while_Redis_is_down()
    {
        using var server = LocalRedisServer.Start();
        using var provider = StorageRegistrationTests.Build(new() { ["Storage:Provider"] = "redis", ["Storage:Redis"] = server.Configuration });
        Assert.Equal(HealthStatus.Healthy, (await StorageRegistrationTests.CheckStoreAsync(provider)).Status);

        server.Stop();

        Assert.Equal(HealthStatus.Unhealthy, (await StorageRegistrationTests.CheckStoreAsync(provider)).Status);
    }
}
