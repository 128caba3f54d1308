using System.Text.Json;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>What to do with one envelope: the ack's payload, and the work to run after the ack.</summary>
internal sealed record EnvelopePlan(JsonElement? AckPayload, string? QueueKey, Func<CancellationToken, Task>? Work)
{
    public static EnvelopePlan AckOnly { get; } = new(null, null, null);

    /// <summary>
    /// Work whose outcome the ack itself must carry (a modal's field error, which Slack takes only in the ack); it
    /// returns the ack's payload and must finish well within Slack's 3 s. Null for nearly every envelope, whose ack is
    /// <see cref="AckPayload"/>, decided without I/O.
    /// </summary>
    public Func<CancellationToken, Task<JsonElement?>>? AckWork { get; init; }

    public static EnvelopePlan Queued(string queueKey, Func<CancellationToken, Task> work) => new(null, queueKey, work);

    /// <summary>The ack's payload: <see cref="AckPayload"/>, or what <see cref="AckWork"/> decides (none when it fails).</summary>
    public async Task<JsonElement?> AckPayloadAsync(CancellationToken cancellationToken)
    {
        if (AckWork is not { } decide)
        {
            return AckPayload;
        }

        try
        {
            return await decide(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The envelope is still acknowledged; the queued work tells the student what happened.
            return null;
        }
    }
}
