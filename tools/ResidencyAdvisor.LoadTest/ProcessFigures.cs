using System.Diagnostics;

namespace ResidencyAdvisor.LoadTest;

/// <summary>The figures of one run against a separate advisor process: start-up, CPU per student action and peak memory.</summary>
internal sealed class ProcessFigures(string platform, AdvisorProcess advisor)
{
    private long _connectedAt;
    private ProcessSample _atConnected;
    private double _toolWaitAtConnected;
    private long _endedAt;
    private ProcessSample _atEnd;
    private double _toolWaitAtEnd;

    /// <summary>Call when the fake has seen the program connect.</summary>
    public void Connected()
    {
        _connectedAt = Stopwatch.GetTimestamp();
        _atConnected = advisor.Sample();
        _toolWaitAtConnected = ProcessSample.RunQueueWait(Environment.ProcessId);
    }

    /// <summary>Call when the last student is done, before the program is stopped.</summary>
    public void Ended()
    {
        _endedAt = Stopwatch.GetTimestamp();
        _atEnd = advisor.Sample();
        _toolWaitAtEnd = ProcessSample.RunQueueWait(Environment.ProcessId);
    }

    public string Report(int actions)
    {
        var perAction = (_atEnd.CpuSeconds - _atConnected.CpuSeconds) / Math.Max(1, actions) * 1000;
        var perActionFromStart = _atEnd.CpuSeconds / Math.Max(1, actions) * 1000;
        return string.Join(Environment.NewLine,
            $"{platform} process {advisor.Id}: start -> connected {Stopwatch.GetElapsedTime(advisor.StartedAt, _connectedAt).TotalMilliseconds:F0} ms, "
                + $"{_atConnected.CpuSeconds:F2} s of CPU to get there",
            $"  {actions} student actions in {Stopwatch.GetElapsedTime(_connectedAt, _endedAt).TotalSeconds:F1} s after connecting; "
                + $"CPU {_atEnd.CpuSeconds - _atConnected.CpuSeconds:F2} s from connected to the end, {_atEnd.CpuSeconds:F2} s from process start",
            $"  CPU per student action: {perAction:F3} ms from connected to the end, {perActionFromStart:F3} ms from process start",
            $"  memory: peak RSS (VmHWM) {_atEnd.PeakRssBytes / 1048576.0:F1} MB, RSS at the end {_atEnd.RssBytes / 1048576.0:F1} MB",
            $"  waiting for a core while runnable, connected -> end: the program {(_atEnd.RunQueueWaitSeconds - _atConnected.RunQueueWaitSeconds) / Math.Max(1, actions) * 1000:F3} ms "
                + $"per student action ({_atEnd.RunQueueWaitSeconds - _atConnected.RunQueueWaitSeconds:F2} s), this tool (fake and students) "
                + $"{(_toolWaitAtEnd - _toolWaitAtConnected) / Math.Max(1, actions) * 1000:F3} ms per action ({_toolWaitAtEnd - _toolWaitAtConnected:F2} s)",
            $"  machine: {Environment.ProcessorCount} cores, load average (1 min) {LoadAverage()} at the end; the tool and its fakes share the cores");
    }

    /// <summary>Other work on the machine shows up in the tail latencies and the wall-clock times.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
