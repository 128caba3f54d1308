using System.Runtime.InteropServices;
using ResidencyAdvisor.FloorProbe;

// The least a chat bot of this design can do per student action, as its own Native AOT process: read one event from
// a WebSocket (and ack it there, on Slack), load and save one small row in SQLite (WAL, synchronous=NORMAL, as the
// bot's store), and POST one reply.
// No questionnaire, no JSON model, no logging, no metrics. The load tool's `floor` scenario drives it and measures its
// CPU per action the same way it measures the bot (docs/performance.md, "The floor"); `floor-slack` drives it as Slack.
var settings = FloorSettings.FromEnvironment();
using var stop = new CancellationTokenSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

using var store = settings.SqlitePath is { } path ? new FloorStore(path, settings.Exclusive) : null;
using var bot = new FloorBot(settings, FloorShape.For(settings), store);
await bot.RunAsync(stop.Token);

// The peer may close the socket a moment before the load tool's SIGTERM arrives: wait for the signal, so it never meets
// a process already past its handler (the default action would end the probe with 143 and fail the run).
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
