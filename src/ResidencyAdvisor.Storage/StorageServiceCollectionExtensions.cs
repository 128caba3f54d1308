using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Sqlite;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage;

/// <summary>Registers the durable conversation store, delivery ledger, cleanup job and health probe.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Replaces any IConversationStore/IDeliveryLedger registered before with SQLite (default) or Redis, per the
    /// "Storage" section. Needs TimeProvider registered.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Both backends are registered lazily; only the configured one is ever built (and opened).
        services.TryAddSingleton(sp => SqliteDatabase.Open(
            SqlitePaths.Resolve(Options(sp).SqlitePath), sp.GetService<ILogger<SqliteDatabase>>()));
        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnector.Connect(
            Options(sp).Redis ?? "", sp.GetService<ILogger<RedisConversationStore>>()));

        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore>(sp =>
        {
            var options = Options(sp);
            return options.UsesRedis
                ? new RedisConversationStore(sp.GetRequiredService<IConnectionMultiplexer>(), options.Retention)
                : new SqliteConversationStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), options.Retention);
        });

        services.RemoveAll<IDeliveryLedger>();
        services.AddSingleton<IDeliveryLedger>(sp => new FailOpenDeliveryLedger(
            Options(sp).UsesRedis
                ? new RedisDeliveryLedger(sp.GetRequiredService<IConnectionMultiplexer>())
                : new SqliteDeliveryLedger(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ILogger<FailOpenDeliveryLedger>>()));

        services.TryAddSingleton(sp => new StoreHealthProbe(
            (IStorePing)sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IOptions<StorageOptions>>(),
            sp.GetService<ILogger<StoreHealthProbe>>()));

        // Also opens the store at start, so the SQLite file and schema exist before the first student arrives.
        services.AddHostedService<ExpiredConversationCleanup>();
        return services;
    }

    /// <summary>Always true: SQLite needs no settings. Kept so the host treats every component alike.</summary>
    public static bool IsConfigured(IConfiguration configuration) => true;

    private static StorageOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
