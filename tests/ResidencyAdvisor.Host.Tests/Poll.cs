namespace ResidencyAdvisor.Host.Tests;

/// <summary>Waits for something a separate process does (a log line, a request to a fake), which no event announces.</summary>
internal static class Poll
{
    /// <summary>Returns once <paramref name="condition"/> holds; throws after 30 s, which a host on a busy machine needs.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
