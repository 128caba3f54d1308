using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>Keeps every log line so tests can check what was (and was not) logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, int EventId, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    public int Count(int eventId) => Entries.Count(e => e.EventId == eventId);

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
