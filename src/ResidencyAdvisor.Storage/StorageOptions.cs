namespace ResidencyAdvisor.Storage;

/// <summary>Where conversations are kept and for how long; bound from the "Storage" section and validated at start.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string SqliteProvider = "sqlite";
    public const string RedisProvider = "redis";

    /// <summary>"sqlite" (default, one instance) or "redis" (several instances sharing state).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; empty means the app's data folder (see <see cref="Sqlite.SqlitePaths"/>).</summary>
    public string? SqlitePath { get; set; }

    /// <summary>A StackExchange.Redis configuration string such as "localhost:6379,password=...".</summary>
    public string? Redis { get; set; }

    /// <summary>Put before every Redis key, so several deployments can share one Redis without sharing conversations.</summary>
    public string RedisKeyPrefix { get; set; } = Storage.Redis.RedisKeys.DefaultPrefix;

    /// <summary>Days a conversation is kept after its last change.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the cleanup job erases expired conversations (SQLite; Redis expires keys itself).</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many active students' conversations each instance keeps in memory, so their turns skip a store read; 0 keeps
    /// none. Each turn still checks the stored version when it writes, so several instances stay correct.
    /// </summary>
    public int CachedConversations { get; set; } = 1000;

    /// <summary>How long a conversation nobody used stays in that memory.</summary>
    public TimeSpan CacheIdle { get; set; } = TimeSpan.FromMinutes(10);

    internal TimeSpan Retention => TimeSpan.FromDays(RetentionDays);

    internal bool UsesRedis => string.Equals(Provider?.Trim(), RedisProvider, StringComparison.OrdinalIgnoreCase);
}
