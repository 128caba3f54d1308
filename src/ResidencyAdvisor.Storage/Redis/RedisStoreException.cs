namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// A Redis failure re-thrown without StackExchange.Redis's message, which can name the key (and so the platform user
/// id) or the server's configuration; only the operation and the kind of failure reach the logs.
/// </summary>
internal sealed class RedisStoreException(string operation, Exception failure)
    : Exception($"Redis {operation} failed ({failure.GetType().Name}).");
