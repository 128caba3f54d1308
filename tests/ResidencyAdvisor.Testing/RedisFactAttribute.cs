using Xunit;

namespace ResidencyAdvisor.Testing;

/// <summary>A fact that needs a real redis-server; skipped, saying how to install one, when none can be started.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        // xunit 2 reads Skip from the attribute instance, so setting it here skips at discovery time.
        Skip = SharedRedisServer.SkipReason;
    }
}
