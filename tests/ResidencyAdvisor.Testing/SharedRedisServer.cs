namespace ResidencyAdvisor.Testing;

/// <summary>One redis-server for a whole test run, started on first use, or the reason Redis tests are skipped.</summary>
public static class SharedRedisServer
{
    private static readonly Lazy<(LocalRedisServer? Server, string? SkipReason)> Shared = new(StartShared);

    /// <summary>The running server, or null when <see cref="SkipReason"/> says why there is none.</summary>
    public static LocalRedisServer? Instance => Shared.Value.Server;

    /// <summary>Why Redis tests are skipped, or null when the shared server is running.</summary>
    public static string? SkipReason => Shared.Value.SkipReason;

    private static (LocalRedisServer?, string?) StartShared()
    {
        if (LocalRedisServer.TryStart(out var failure) is not { } server)
        {
            return (null, $"Redis tests skipped: {failure}; {LocalRedisServer.InstallHint}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return (server, null);
    }
}
