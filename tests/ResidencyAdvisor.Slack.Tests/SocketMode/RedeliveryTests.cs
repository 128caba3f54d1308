using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class RedeliveryTests : SlackTestBed
{
    [Fact]
    public async Task A_redelivered_event_is_acknowledged_and_answered_once()
    {
        var student = Student();
        var original = await student.SendDmAsync("hi", eventId: "EvOnce");
        await student.NextMessageAsync();

        var again = await Slack.RedeliverAsync(original);
        await again.Acked.WaitAsync(Wait);
        await Task.Delay(Quiet);

        Assert.Equal(0, student.UnreadMessages);
        Assert.Equal(1, original.AckCount);
        Assert.Equal(1, again.AckCount);
    }

    [Fact]
    public async Task A_retry_sent_because_the_ack_was_late_is_acked_but_not_answered_twice()
    {
        var student = Student();

        // Slack retries when our ack reaches it late, so both copies can be in flight together.
        var original = await student.SendDmAsync("hi", eventId: "EvLate");
        var retry = await Slack.RedeliverAsync(original, "timeout");
        await Task.WhenAll(original.Acked, retry.Acked).WaitAsync(Wait);
        await student.NextMessageAsync();
        await Task.Delay(Quiet);

        Assert.Equal(0, student.UnreadMessages);
        Assert.True(original.AckedAt > 0 && retry.AckedAt > 0);
    }

    [Fact]
    public async Task A_retry_that_is_the_only_copy_to_arrive_is_answered()
    {
        var student = Student();

        await student.SendDmAsync("hi", eventId: "EvOnlyRetry", retryAttempt: 2);
        var first = await student.NextMessageAsync();

        Assert.Equal("Licensing exam", first.Header);
    }

    [Fact]
    public async Task Every_envelope_is_acknowledged_before_its_reply_is_posted()
    {
        // The fake stamps the ack when its socket loop reads it, which may run after the post's HTTP handler on a busy
        // machine; the adapter records its ack metric once the ack is written and before the work is queued, so that
        // moment (this adapter's meter only) is what must come before the post reaches the fake.
        var meters = Adapter.Services.GetRequiredService<IMeterFactory>();
        var ackWrittenAt = new System.Collections.Concurrent.ConcurrentQueue<long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == SlackMetrics.FirstResponseDuration && instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => ackWrittenAt.Enqueue(Stopwatch.GetTimestamp()));
        listener.Start();

        var student = Student();
        var delivery = await student.SendDmAsync("hi");
        await student.NextMessageAsync();

        var post = Slack.Calls.First(c => c.Method == "chat.postMessage");

        Assert.True(delivery.AckedAt > 0);
        if (OverHttp)
        {
            // The adapter flushes the response before queuing the work, but when the client side of loopback sees the
            // response races with the queued post; what Slack can check is a 200 with no reply in it.
            Assert.Equal((200, 0), (delivery.HttpStatus, delivery.AckCount - 1));
            Assert.Null(await delivery.Acked);
            return;
        }

        Assert.True(ackWrittenAt.TryPeek(out var acked), "the adapter recorded no ack");
        Assert.True(acked <= post.Timestamp, "the reply was posted before the envelope was acknowledged");
    }
}
