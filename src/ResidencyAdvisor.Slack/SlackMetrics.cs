using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResidencyAdvisor.Slack;

/// <summary>
/// The adapter's latency metrics (meter "ResidencyAdvisor.Slack"), measured inside the process from the moment a frame
/// is read: until its ack is written, and until the first Web API call its work makes.
/// </summary>
public static class SlackMetrics
{
    public const string MeterName = "ResidencyAdvisor.Slack";
    public const string AckDuration = "slack.envelope.ack.duration";
    public const string FirstCallDuration = "slack.envelope.first_call.duration";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Ack = Meter.CreateHistogram<double>(AckDuration, "ms", "Envelope read to ack written");
    private static readonly Histogram<double> FirstCall = Meter.CreateHistogram<double>(FirstCallDuration, "ms",
        "Envelope read to the first Web API call of its work");
    private static readonly AsyncLocal<EnvelopeClock?> Current = new();

    internal static void Acked(long receivedAt) => Ack.Record(Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds);

    /// <summary>Runs an envelope's work with its clock, so the first Web API call it makes is timed.</summary>
    internal static async Task TimeAsync(long receivedAt, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        Current.Value = new EnvelopeClock(receivedAt);
        await work(cancellationToken);
    }

    internal static void CallStarting()
    {
        if (Current.Value is { } clock && Interlocked.Exchange(ref clock.Called, 1) == 0)
        {
            FirstCall.Record(Stopwatch.GetElapsedTime(clock.ReceivedAt).TotalMilliseconds);
        }
    }

    private sealed class EnvelopeClock(long receivedAt)
    {
        public int Called;

        public long ReceivedAt => receivedAt;
    }
}
