using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Core;

/// <summary>Core's log messages (event ids 1000–1099). Never an answer, a score or a token in a template.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "A saved conversation on {Platform} could not be read and was restarted")]
    public static partial void CorruptConversation(this ILogger logger, string platform, Exception exception);

    [LoggerMessage(1002, LogLevel.Error, "The conversation store failed on {Platform}; the student was asked to try again")]
    public static partial void StoreFailed(this ILogger logger, string platform, Exception exception);

    [LoggerMessage(1003, LogLevel.Information, "A conversation from questionnaire version {Version} could not be migrated and was restarted")]
    public static partial void MigrationRestarted(this ILogger logger, int version);

    [LoggerMessage(1004, LogLevel.Debug, "Two turns raced on one conversation; retrying (attempt {Attempt})")]
    public static partial void SaveConflict(this ILogger logger, int attempt);

    [LoggerMessage(1007, LogLevel.Debug, "The conversation kept in memory was out of date (another turn saved first, or it expired or was erased); reading it again")]
    public static partial void CachedConversationOutOfDate(this ILogger logger);

    [LoggerMessage(1005, LogLevel.Warning, "The delivery ledger could not be reached; handling the event as new")]
    public static partial void DeliveryLedgerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1006, LogLevel.Information, "A conversation saved by newer questionnaire version {Version} was left untouched; the student was asked to try again")]
    public static partial void NewerQuestionnaire(this ILogger logger, int version);
}
