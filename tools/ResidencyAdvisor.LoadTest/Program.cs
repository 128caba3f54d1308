using ResidencyAdvisor.LoadTest;

// Each scenario drives simulated students through loopback fakes and prints its figures. With --binary PATH the
// Discord and Slack scenarios (socket or HTTP) start that program (the published binary, or the JIT build's launcher) in its own process.
var scenarios = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["store"] = StoreLoad.RunAsync,
    ["discord"] = args => LoadOptions.String(args, "--binary") is { } program ? DiscordProcessLoad.RunAsync(program, args) : DiscordLoad.RunAsync(args),
    ["slack"] = args => LoadOptions.String(args, "--binary") is { } program ? SlackProcessLoad.RunAsync(program, args) : SlackLoad.RunAsync(args),
    ["discord-http"] = args => LoadOptions.String(args, "--binary") is { } program ? DiscordProcessLoad.RunHttpAsync(program, args) : DiscordLoad.RunHttpAsync(args),
    ["slack-http"] = args => LoadOptions.String(args, "--binary") is { } program ? SlackProcessLoad.RunHttpAsync(program, args) : SlackLoad.RunHttpAsync(args),
    // The floor probe (tools/ResidencyAdvisor.FloorProbe, published): only the I/O a student action needs, no bot logic.
    ["floor"] = args => LoadOptions.String(args, "--binary") is { } program
        ? FloorLoad.RunAsync(program, args)
        : Task.FromResult(Usage("floor needs --binary PATH (the published floor probe)")),
    // The same probe with the slack scenario's students, over Socket Mode (acks on the socket, chat.postMessage).
    ["floor-slack"] = args => LoadOptions.String(args, "--binary") is { } program
        ? FloorLoad.RunSlackAsync(program, args)
        : Task.FromResult(Usage("floor-slack needs --binary PATH (the published floor probe)")),
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var run))
{
    await Console.Error.WriteLineAsync($"usage: residency-advisor-load <{string.Join("|", scenarios.Keys)}> [--binary PATH] [options]");
    return 2;
}

return await run(args[1..]);

static int Usage(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
