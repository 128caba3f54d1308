using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>An envelope the fake sent over Socket Mode (or POSTed over HTTP), and its acknowledgement when it comes.</summary>
public sealed class FakeDelivery(string envelopeId, string type, JsonObject payload, string? channel)
{
    private readonly TaskCompletionSource<JsonNode?> _ack = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _acks;

    public string EnvelopeId => envelopeId;

    public string Type => type;

    public JsonObject Payload => payload;

    /// <summary>The user's DM channel this envelope concerns, for matching the next Web API call.</summary>
    public string? Channel => channel;

    /// <summary>The <see cref="FakeSocket.Index"/> of the connection that carried it, so tests can tell which instance got it.</summary>
    public int SocketIndex { get; internal set; } = -1;

    /// <summary>Stopwatch ticks just before the frame was written to the socket.</summary>
    public long SentAt { get; internal set; }

    public long AckedAt { get; private set; }

    /// <summary>Over HTTP: the response's status code (the ack is its body); 0 over Socket Mode.</summary>
    public int HttpStatus { get; internal set; }

    /// <summary>How many times the adapter acknowledged this envelope (must be exactly one).</summary>
    public int AckCount => Volatile.Read(ref _acks);

    /// <summary>Completes with the ack's payload (null when it had none).</summary>
    public Task<JsonNode?> Acked => _ack.Task;

    internal void Ack(JsonNode? response, long at)
    {
        if (Interlocked.Increment(ref _acks) == 1)
        {
            AckedAt = at;
            _ack.TrySetResult(response);
        }
    }
}
