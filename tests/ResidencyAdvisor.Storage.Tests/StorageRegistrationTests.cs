using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Tests;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task By_default_SQLite_replaces_the_in_memory_store_and_ledger_and_answers_the_health_check()
    {
        using var provider = Build(new() { ["Storage:SqlitePath"] = _folder.File("app.db") });

        Assert.IsType<SqliteConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.IsType<FailOpenDeliveryLedger>(provider.GetRequiredService<IDeliveryLedger>());
        Assert.NotNull(provider.GetService<SqliteDeliveryLedger>());
        Assert.IsType<SqlitePostedMessageStore>(provider.GetRequiredService<IPostedMessageStore>());
        Assert.IsType<SqliteReminderStore>(provider.GetRequiredService<IReminderStore>());
        var store = await CheckStoreAsync(provider);
        Assert.Equal("sqlite", store.Data[StoreHealthCheck.ProviderKey]);
        Assert.Equal(HealthStatus.Healthy, store.Status);
        Assert.True(File.Exists(_folder.File("app.db")));
    }

    [Fact]
    public void With_SQLite_only_SQLite_is_registered_and_its_cleanup_job_runs()
    {
        using var provider = Build(new() { ["Storage:SqlitePath"] = _folder.File("app.db") });

        Assert.Null(provider.GetService<IConnectionMultiplexer>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<ExpiredConversationCleanup>());
    }

    [Fact]
    public async Task A_store_that_does_not_answer_makes_the_health_check_unhealthy_and_still_names_the_provider()
    {
        using var provider = Build(new() { ["Storage:SqlitePath"] = _folder.File("app.db") });
        provider.GetRequiredService<SqliteDatabase>().Dispose();

        var store = await CheckStoreAsync(provider);

        Assert.Equal(HealthStatus.Unhealthy, store.Status);
        Assert.Equal("sqlite", store.Data[StoreHealthCheck.ProviderKey]);
    }

    [Fact]
    public void Without_a_path_the_file_goes_under_the_local_application_data_folder()
    {
        var path = SqlitePaths.Resolve(null);

        Assert.EndsWith(Path.Combine("residency-advisor", "conversations.db"), path);
        Assert.True(Path.IsPathFullyQualified(path));
    }

    [Theory]
    [InlineData("Storage:Provider", "postgres", "Storage:Provider must be \"sqlite\" or \"redis\"")]
    [InlineData("Storage:RetentionDays", "0", "Storage:RetentionDays must be between 1 and 3650")]
    [InlineData("Storage:RetentionDays", "3651", "Storage:RetentionDays must be between 1 and 3650")]
    [InlineData("Storage:Provider", "redis", "Storage:Redis must hold a Redis configuration string")]
    [InlineData("Storage:CleanupInterval", "00:00:00", "Storage:CleanupInterval must be between")]
    [InlineData("Storage:CachedConversations", "-1", "Storage:CachedConversations must be between 0 and 1000000")]
    [InlineData("Storage:CacheIdle", "00:00:00", "Storage:CacheIdle must be between")]
    public void Invalid_settings_fail_at_start_naming_the_setting(string setting, string value, string message)
    {
        using var provider = Build(new() { ["Storage:SqlitePath"] = _folder.File("app.db"), [setting] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_memory_copy_of_conversations_takes_its_size_from_the_settings()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        using var provider = Build(new() { ["Storage:SqlitePath"] = _folder.File("cache.db"), ["Storage:CachedConversations"] = "1" }, time);
        var cache = provider.GetRequiredService<ConversationCache>();

        cache.Keep(new ConversationKey("discord", "G1", "U1"), ConversationState.Start(time.GetUtcNow(), "s1"));
        cache.Keep(new ConversationKey("discord", "G1", "U2"), ConversationState.Start(time.GetUtcNow(), "s2"));

        Assert.Equal(1, cache.Count);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task The_cleanup_job_erases_expired_conversations_on_its_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        using var provider = Build(new()
        {
            ["Storage:SqlitePath"] = _folder.File("cleanup.db"),
            ["Storage:RetentionDays"] = "1",
            ["Storage:CleanupInterval"] = "01:00:00",
        }, time);
        var store = provider.GetRequiredService<IConversationStore>();
        var key = new ConversationKey("discord", "G1", "U1");
        Assert.True(await store.TrySaveAsync(key, ConversationState.Start(time.GetUtcNow(), "s"), default));
        Assert.True(await provider.GetRequiredService<IDeliveryLedger>().TryRecordAsync("evt", TimeSpan.FromMinutes(5), default));
        var cleanup = provider.GetServices<IHostedService>().OfType<ExpiredConversationCleanup>().Single();
        await cleanup.StartAsync(default);

        time.Advance(TimeSpan.FromHours(25));

        // One purge erases conversations, then (after truncating the WAL) delivery ids: wait for both.
        await WaitUntilAsync(() => RowCount(_folder.File("cleanup.db"), "conversations") == 0
            && RowCount(_folder.File("cleanup.db"), "deliveries") == 0);
        Assert.Equal(0L, RowCount(_folder.File("cleanup.db"), "conversations"));
        Assert.Equal(0L, RowCount(_folder.File("cleanup.db"), "deliveries"));
        await cleanup.StopAsync(default);
    }

    public void Dispose() => _folder.Dispose();

    internal static async Task<HealthReportEntry> CheckStoreAsync(IServiceProvider provider)
    {
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(default);
        return report.Entries[StoreHealthCheck.Name];
    }

    internal static ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore());
        services.AddSingleton<IDeliveryLedger>(new InMemoryDeliveryLedger(TimeProvider.System));
        services.AddSingleton<IPostedMessageStore>(new InMemoryPostedMessageStore());
        services.AddConversationStorage(configuration);
        return services.BuildServiceProvider();
    }

    private static long RowCount(string path, string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table};";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // The purge runs on the timer's thread after Advance; give it a moment without sleeping for long.
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
