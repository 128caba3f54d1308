using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResidencyAdvisor.Slack;

/// <summary>
/// The adapter's metrics (meter "ResidencyAdvisor.Slack"), timed inside the process from the moment a frame is read:
/// until its ack is written (Slack's 3-second limit) and until the first Web API call its work makes; plus counts of
/// envelopes, late acks and reconnects.
/// </summary>
public sealed class SlackMetrics
{
    public const string MeterName = "ResidencyAdvisor.Slack";
    public const string FirstResponseDuration = "slack.first_response.duration";
    public const string FirstCallDuration = "slack.envelope.first_call.duration";

    private static readonly TimeSpan AckLimit = TimeSpan.FromSeconds(3);
    private static readonly KeyValuePair<string, object?> Platform = new("platform", SlackServiceCollectionExtensions.Platform);

    private readonly Histogram<double> _firstResponse;
    private readonly Histogram<double> _firstCall;
    private readonly Counter<long> _envelopes;
    private readonly Counter<long> _lateAcks;
    private readonly Counter<long> _reconnects;
    private readonly AsyncLocal<EnvelopeClock?> _current = new();

    internal SlackMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _firstResponse = meter.CreateHistogram<double>(FirstResponseDuration, "ms", "Envelope read to its ack written (Slack's limit: 3 s)");
        _firstCall = meter.CreateHistogram<double>(FirstCallDuration, "ms", "Envelope read to the first Web API call of its work");
        _envelopes = meter.CreateCounter<long>("slack.envelopes", "{envelope}", "Envelopes acknowledged");
        _lateAcks = meter.CreateCounter<long>("slack.acks.late", "{envelope}", "Envelopes acknowledged after Slack's 3 seconds");
        _reconnects = meter.CreateCounter<long>("slack.reconnects", "{reconnect}", "Socket Mode connections reopened after a drop, a failure or a disconnect request");
    }

    internal void Acked(long receivedAt)
    {
        var elapsed = Stopwatch.GetElapsedTime(receivedAt);
        _firstResponse.Record(elapsed.TotalMilliseconds, Platform);
        _envelopes.Add(1, Platform);
        if (elapsed > AckLimit)
        {
            _lateAcks.Add(1, Platform);
        }
    }

    internal void Reconnecting() => _reconnects.Add(1, Platform);

    /// <summary>Runs an envelope's work with its clock, so the first Web API call it makes is timed.</summary>
    internal async Task TimeAsync(long receivedAt, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        _current.Value = new EnvelopeClock(receivedAt);
        await work(cancellationToken);
    }

    internal void CallStarting()
    {
        if (_current.Value is { } clock && Interlocked.Exchange(ref clock.Called, 1) == 0)
        {
            _firstCall.Record(Stopwatch.GetElapsedTime(clock.ReceivedAt).TotalMilliseconds, Platform);
        }
    }

    private sealed class EnvelopeClock(long receivedAt)
    {
        public int Called;

        public long ReceivedAt => receivedAt;
    }
}
