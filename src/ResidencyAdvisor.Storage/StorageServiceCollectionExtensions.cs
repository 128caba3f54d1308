using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Sqlite;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage;

/// <summary>
/// Registers one durable store (SQLite or Redis) with its delivery ledger, posted-message ids, health check and, for
/// SQLite, cleanup job.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the store "Storage:Provider" names (SQLite unless it says redis), replacing any
    /// IConversationStore/IDeliveryLedger/IPostedMessageStore registered before. An unknown provider fails option validation at start.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"]?.Trim();
        return string.Equals(provider, StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase)
            ? services.AddRedisStorage(configuration)
            : services.AddSqliteStorage(configuration);
    }

    /// <summary>SQLite in one file (one instance): the store, its ledger, the expiry cleanup job and the health check.</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        AddOptions(services, configuration);
        services.TryAddSingleton(sp => SqliteDatabase.Open(
            SqlitePaths.Resolve(Options(sp).SqlitePath), sp.GetService<ILogger<SqliteDatabase>>()));
        services.TryAddSingleton(sp => new SqliteConversationStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), Options(sp).Retention));
        services.TryAddSingleton(sp => new SqliteDeliveryLedger(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SqlitePostedMessageStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), Options(sp).Retention));
        AddStore<SqliteConversationStore, SqliteDeliveryLedger>(services, StorageOptions.SqliteProvider);
        AddPostedMessages<SqlitePostedMessageStore>(services);
        services.TryAddSingleton(sp => new SqliteOAuthStateStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        AddInstallations(services,
            sp => new SqliteInstallationStore(sp.GetRequiredService<SqliteDatabase>()),
            sp => sp.GetRequiredService<SqliteOAuthStateStore>());
        AddReminders(services, sp => new SqliteReminderStore(sp.GetRequiredService<SqliteDatabase>()));

        // Also opens the database at start, so the file and schema exist before the first student arrives.
        services.AddHostedService<ExpiredConversationCleanup>();
        return services;
    }

    /// <summary>Redis shared by several instances: the store, its ledger and the health check. Keys expire by themselves.</summary>
    public static IServiceCollection AddRedisStorage(this IServiceCollection services, IConfiguration configuration)
    {
        AddOptions(services, configuration);
        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnector.Connect(
            Options(sp).Redis ?? "", sp.GetService<ILogger<RedisConversationStore>>()));
        services.TryAddSingleton(sp => new RedisConversationStore(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).Retention,
            Options(sp).RedisKeyPrefix, sp.GetService<ILogger<RedisConversationStore>>()));
        services.TryAddSingleton(sp => new RedisDeliveryLedger(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).RedisKeyPrefix));
        services.TryAddSingleton(sp => new RedisPostedMessageStore(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).Retention,
            Options(sp).RedisKeyPrefix));
        AddStore<RedisConversationStore, RedisDeliveryLedger>(services, StorageOptions.RedisProvider);
        AddPostedMessages<RedisPostedMessageStore>(services);
        AddInstallations(services,
            sp => new RedisInstallationStore(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).RedisKeyPrefix,
                sp.GetService<ILogger<RedisConversationStore>>()),
            sp => new RedisOAuthStateStore(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).RedisKeyPrefix,
                sp.GetRequiredService<TimeProvider>()));
        AddReminders(services, sp => new RedisReminderStore(sp.GetRequiredService<IConnectionMultiplexer>(), Options(sp).RedisKeyPrefix));
        return services;
    }

    /// <summary>Always true: SQLite needs no settings. Kept so the host treats every component alike.</summary>
    public static bool IsConfigured(IConfiguration configuration) => true;

    /// <summary>Exposes one provider's store and ledger through the core's ports, and its ping as the store health check.</summary>
    private static void AddStore<TStore, TLedger>(IServiceCollection services, string provider)
        where TStore : class, IConversationStore, IStorePing
        where TLedger : class, IDeliveryLedger
    {
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IStorePing>(sp => sp.GetRequiredService<TStore>());
        services.RemoveAll<IDeliveryLedger>();
        services.AddSingleton<IDeliveryLedger>(sp => new FailOpenDeliveryLedger(
            sp.GetRequiredService<TLedger>(), sp.GetRequiredService<ILogger<FailOpenDeliveryLedger>>()));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            StoreHealthCheck.Name,
            sp => new StoreHealthCheck(sp.GetRequiredService<IStorePing>(), provider, sp.GetRequiredService<ILogger<StoreHealthCheck>>()),
            failureStatus: HealthStatus.Unhealthy,
            tags: null));
    }

    /// <summary>The bot's posted-message ids live beside the conversations, replacing any registered before.</summary>
    private static void AddPostedMessages<TPosted>(IServiceCollection services)
        where TPosted : class, IPostedMessageStore
    {
        services.RemoveAll<IPostedMessageStore>();
        services.AddSingleton<IPostedMessageStore>(sp => sp.GetRequiredService<TPosted>());
    }

    /// <summary>Installations and OAuth states live beside the conversations, replacing any registered before.</summary>
    private static void AddInstallations(IServiceCollection services, Func<IServiceProvider, IInstallationStore> installations,
        Func<IServiceProvider, IOAuthStateStore> states)
    {
        services.RemoveAll<IInstallationStore>();
        services.AddSingleton(installations);
        services.RemoveAll<IOAuthStateStore>();
        services.AddSingleton(states);
    }

    /// <summary>Reminder subscriptions and claims live beside the conversations, replacing any registered before.</summary>
    private static void AddReminders(IServiceCollection services, Func<IServiceProvider, IReminderStore> reminders)
    {
        services.RemoveAll<IReminderStore>();
        services.AddSingleton(reminders);
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationCache(
            Options(sp).CachedConversations, Options(sp).CacheIdle, sp.GetRequiredService<TimeProvider>()));
    }

    private static StorageOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
