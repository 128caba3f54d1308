using System.Globalization;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// What Linux's /proc says about a process at one moment: CPU time used so far, peak and current resident memory, and
/// how long its live threads have been runnable but waiting for a core (schedstat's run delay).
/// </summary>
internal readonly record struct ProcessSample(double CpuSeconds, long PeakRssBytes, long RssBytes, double RunQueueWaitSeconds = 0)
{
    // utime and stime are in clock ticks; USER_HZ is 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static ProcessSample Read(int pid)
    {
        // The command name (field 2) is in parentheses and may hold spaces, so fields are counted after the last ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return new ProcessSample(ticks / TicksPerSecond, Kilobytes(status, "VmHWM:") * 1024, Kilobytes(status, "VmRSS:") * 1024,
            RunQueueWait(pid));
    }

    /// <summary>
    /// The sum over the process's threads of the second field of /proc/PID/task/TID/schedstat (nanoseconds spent on a run
    /// queue). Threads that already ended are not counted, so this is a lower bound.
    /// </summary>
    public static double RunQueueWait(int pid)
    {
        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                nanoseconds += long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended between listing and reading.
            }
        }

        return nanoseconds / 1e9;
    }

    private static long Kilobytes(string[] status, string key) =>
        status.Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
