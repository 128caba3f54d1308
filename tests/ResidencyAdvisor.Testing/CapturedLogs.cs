using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Testing;

/// <summary>A logger provider that keeps every entry, so tests can assert what an operator would (and would not) read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    /// <summary>A snapshot of every entry so far, oldest first.</summary>
    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>How many entries carry <paramref name="eventId"/>.</summary>
    public int Count(int eventId) => _entries.Count(e => e.EventId == eventId);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The logging builder's minimum level decides; every harness sets Debug.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
