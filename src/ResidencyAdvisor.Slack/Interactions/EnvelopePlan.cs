using System.Text.Json;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>What to do with one envelope: the ack's payload (decided without I/O), and the work to run after the ack.</summary>
internal sealed record EnvelopePlan(JsonElement? AckPayload, string? QueueKey, Func<CancellationToken, Task>? Work)
{
    public static EnvelopePlan AckOnly { get; } = new(null, null, null);

    public static EnvelopePlan Queued(string queueKey, Func<CancellationToken, Task> work) => new(null, queueKey, work);
}
