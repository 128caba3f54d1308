using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Testing;

/// <summary>One captured log entry.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
