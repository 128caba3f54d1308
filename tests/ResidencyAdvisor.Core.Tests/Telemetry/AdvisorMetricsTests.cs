using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Telemetry;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Telemetry;

public sealed class AdvisorMetricsTests : IDisposable
{
    private readonly TestMeterFactory _meters = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly ConcurrentBag<string> _paths = [];

    public AdvisorMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (_meters.Owns(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            _counts.AddOrUpdate(instrument.Name, value, (_, v) => v + value);
            foreach (var tag in tags)
            {
                if (tag.Key == "path")
                {
                    _paths.Add((string)tag.Value!);
                }
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => _counts.AddOrUpdate(instrument.Name, 1, (_, v) => v + 1));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public async Task A_finished_conversation_counts_a_start_every_answer_a_completion_and_its_path()
    {
        var chat = new TestChat(metrics: new AdvisorMetrics(_meters));
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        await chat.TypeAsync("0");

        Assert.Equal(1, _counts.GetValueOrDefault("advisor.conversations.started"));
        Assert.Equal(14, _counts.GetValueOrDefault("advisor.answers"));
        Assert.Equal(1, _counts.GetValueOrDefault("advisor.conversations.completed"));
        Assert.Equal(["dual-apply"], _paths);
        Assert.Equal(16, _counts.GetValueOrDefault("advisor.turn.duration"));
    }

    [Fact]
    public async Task Erasing_an_unfinished_conversation_counts_as_abandoned()
    {
        var chat = new TestChat(metrics: new AdvisorMetrics(_meters));
        await chat.StartAsync();
        await chat.TypeAsync("usmle");
        await chat.TypeAsync("forget");
        Assert.Equal(1, _counts.GetValueOrDefault("advisor.conversations.abandoned"));
        Assert.Equal(0, _counts.GetValueOrDefault("advisor.conversations.completed"));
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            _created.Add(meter);
            return meter;
        }

        public bool Owns(Meter meter) => _created.Contains(meter);

        public void Dispose() => _created.ForEach(m => m.Dispose());
    }
}
