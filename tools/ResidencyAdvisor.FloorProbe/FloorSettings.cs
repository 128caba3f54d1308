namespace ResidencyAdvisor.FloorProbe;

/// <summary>Where the probe connects and what it does per event, from the environment the load tool sets.</summary>
internal sealed record FloorSettings(Uri Gateway, Uri Callback, string? SqlitePath, bool Exclusive, bool Inline, bool Slack, string? Token)
{
    public static FloorSettings FromEnvironment()
    {
        var store = Environment.GetEnvironmentVariable("Floor__Store") ?? "sqlite";
        // "discord": gateway dispatches, replies POSTed to Callback + the event's id; "slack": Socket Mode envelopes,
        // each acked on the socket, replies POSTed to Callback (chat.postMessage) with the bot token.
        var slack = (Environment.GetEnvironmentVariable("Floor__Shape") ?? "discord") switch
        {
            "discord" => false,
            "slack" => true,
            var other => throw new InvalidOperationException($"Floor__Shape is discord or slack, not {other}."),
        };
        return new FloorSettings(
            new Uri(Required("Floor__Gateway")),
            new Uri(Required("Floor__Callback")),
            store == "none" ? null : Required("Floor__SqlitePath"),
            store == "sqlite-exclusive",
            // "pool": each event's work is handed to the thread pool, as the bot does so one slow turn never holds the
            // socket; "inline": done on the thread that read it.
            Environment.GetEnvironmentVariable("Floor__Handoff") == "inline",
            slack,
            slack ? Required("Floor__Token") : null);
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set.");
}
