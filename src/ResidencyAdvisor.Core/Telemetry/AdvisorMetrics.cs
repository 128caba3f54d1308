using System.Diagnostics.Metrics;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Telemetry;

/// <summary>The advisor's metrics (meter "ResidencyAdvisor"): counts and latencies only, never an answer.</summary>
public sealed class AdvisorMetrics
{
    public const string MeterName = "ResidencyAdvisor";

    private readonly Counter<long> _started;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _abandoned;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _recommendations;
    private readonly Histogram<double> _latency;

    public AdvisorMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _started = meter.CreateCounter<long>("advisor.conversations.started", "{conversation}", "Questionnaires begun, restarts included");
        _completed = meter.CreateCounter<long>("advisor.conversations.completed", "{conversation}", "Questionnaires that reached a recommendation");
        _abandoned = meter.CreateCounter<long>("advisor.conversations.abandoned", "{conversation}", "Unfinished questionnaires the student paused or erased");
        _answers = meter.CreateCounter<long>("advisor.answers", "{answer}", "Answers recorded");
        _recommendations = meter.CreateCounter<long>("advisor.recommendations", "{recommendation}", "Recommendations given, by path");
        _latency = meter.CreateHistogram<double>("advisor.turn.duration", "ms", "Time to handle one student input, store included");
    }

    /// <summary>Records what a saved turn did.</summary>
    public void Record(TurnRecord turn)
    {
        var platform = new KeyValuePair<string, object?>("platform", turn.Platform);
        if (turn.Erased || turn.Input == InputKind.Pause)
        {
            if (turn.From != Step.Done)
            {
                _abandoned.Add(1, platform);
            }

            return;
        }

        if (turn.To == QuestionTable.Standard.First && (turn.From != QuestionTable.Standard.First || turn.Input is InputKind.Start or InputKind.Restart))
        {
            _started.Add(1, platform);
        }

        if (turn.Input is InputKind.Answer or InputKind.Text && turn.From.IsQuestion && turn.To != turn.From)
        {
            _answers.Add(1, platform);
        }

        if (turn.To == Step.Done && turn.From != Step.Done)
        {
            _completed.Add(1, platform);
            _recommendations.Add(1, platform, new KeyValuePair<string, object?>("path", turn.Path));
        }
    }

    public void RecordLatency(string platform, TimeSpan elapsed) =>
        _latency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("platform", platform));
}
