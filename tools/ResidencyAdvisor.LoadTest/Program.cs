using ResidencyAdvisor.LoadTest;

// Each scenario drives simulated students through loopback fakes and prints its figures.
var scenarios = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["store"] = StoreLoad.RunAsync,
    ["discord"] = DiscordLoad.RunAsync,
    ["discord-http"] = DiscordLoad.RunHttpAsync,
    ["slack"] = SlackLoad.RunAsync,
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var run))
{
    await Console.Error.WriteLineAsync($"usage: residency-advisor-load <{string.Join("|", scenarios.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
