using System.Diagnostics;

namespace ResidencyAdvisor.LoadTest;

/// <summary>Collects latencies from many tasks and reports percentiles.</summary>
internal sealed class LatencyRecorder(string name)
{
    private readonly List<double> _millis = [];

    public string Name => name;

    public int Count
    {
        get
        {
            lock (_millis)
            {
                return _millis.Count;
            }
        }
    }

    public void Record(long startTimestamp, long endTimestamp)
    {
        var ms = Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds;
        lock (_millis)
        {
            _millis.Add(ms);
        }
    }

    public void Record(TimeSpan elapsed)
    {
        lock (_millis)
        {
            _millis.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_millis)
        {
            if (_millis.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _millis.Order().ToArray();
            var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }
    }

    public string Report() =>
        $"{name}: n={Count} p50={Percentile(50):F2} ms p95={Percentile(95):F2} ms p99={Percentile(99):F2} ms max={Percentile(100):F2} ms";
}
