using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Storage;

/// <summary>Rejects storage settings that would fail later, with a message naming the setting to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var provider = options.Provider?.Trim() ?? "";
        if (!provider.Equals(StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
            && !provider.Equals(StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Storage:Provider must be \"sqlite\" or \"redis\" (was \"{options.Provider}\").");
        }

        if (options.UsesRedis && string.IsNullOrWhiteSpace(options.Redis))
        {
            failures.Add("Storage:Redis must hold a Redis configuration string (e.g. \"localhost:6379\") when Storage:Provider is redis.");
        }

        if (options.UsesRedis && !string.IsNullOrWhiteSpace(options.Redis) && Storage.Redis.RedisSettings.Problem(options.Redis) is { } problem)
        {
            failures.Add(problem);
        }

        if (string.IsNullOrEmpty(options.RedisKeyPrefix) || options.RedisKeyPrefix.Length > 100
            || options.RedisKeyPrefix.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add("Storage:RedisKeyPrefix must be 1 to 100 characters without spaces, e.g. \"residency-advisor-staging:\".");
        }

        if (options.RetentionDays is < 1 or > 3650)
        {
            failures.Add($"Storage:RetentionDays must be between 1 and 3650 (was {options.RetentionDays}).");
        }

        if (options.CleanupInterval < TimeSpan.FromSeconds(1) || options.CleanupInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"Storage:CleanupInterval must be between 00:00:01 and 1.00:00:00 (was {options.CleanupInterval}).");
        }

        if (options.CachedConversations is < 0 or > 1_000_000)
        {
            failures.Add($"Storage:CachedConversations must be between 0 and 1000000 (was {options.CachedConversations}).");
        }

        if (options.CacheIdle < TimeSpan.FromSeconds(1) || options.CacheIdle > TimeSpan.FromDays(1))
        {
            failures.Add($"Storage:CacheIdle must be between 00:00:01 and 1.00:00:00 (was {options.CacheIdle}).");
        }

        if (options.SqlitePath is { Length: > 0 } path && path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add("Storage:SqlitePath contains characters that are not allowed in a path.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
