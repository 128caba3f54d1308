using System.Net.WebSockets;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>
/// What one platform asks of a student action beyond the shared work (store, handoff): which fields a frame carries,
/// whether it is acknowledged on the socket, and what the reply request is.
/// </summary>
internal abstract class FloorShape
{
    public static FloorShape For(FloorSettings settings) =>
        settings.Slack ? new SlackShape(settings.Callback, settings.Token!) : new DiscordShape(settings.Callback);

    /// <summary>The event in <paramref name="frame"/>, or null for a frame that carries none (Slack's hello).</summary>
    public abstract FloorEvent? Read(ReadOnlySpan<byte> frame);

    /// <summary>Called on the reading thread before the handoff; Discord has no ack (the reply is the answer).</summary>
    public virtual ValueTask AckAsync(WebSocket socket, FloorEvent floorEvent, CancellationToken stop) => ValueTask.CompletedTask;

    /// <summary>The one reply the action sends, about 1.2 KB like the bot's replies with their buttons.</summary>
    public abstract HttpRequestMessage Reply(FloorEvent floorEvent);
}

/// <summary>
/// The fields a turn needs before it can load anything: the event's id (the Discord callback's, the Slack ack's), the
/// user whose row is loaded, and the channel a Slack reply goes to (empty on Discord, whose reply URL names the event).
/// </summary>
internal readonly record struct FloorEvent(string Id, string User, string Channel);
