using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Slack;

/// <summary>The Slack adapter's log messages (event ids 3000–3999). Never a token, an answer or a score.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Slack adapter signed in as bot user {BotUserId}; opening {Connections} Socket Mode connection(s)")]
    public static partial void SignedIn(this ILogger logger, string botUserId, int connections);

    [LoggerMessage(3002, LogLevel.Critical, "Slack rejected the {Token} ({Error}); the Slack adapter has stopped. Check Slack:AppToken and Slack:BotToken")]
    public static partial void TokenRejected(this ILogger logger, string token, string error);

    [LoggerMessage(3003, LogLevel.Information, "Socket Mode connection {Slot} is open")]
    public static partial void SocketOpened(this ILogger logger, int slot);

    [LoggerMessage(3004, LogLevel.Information, "Slack asked socket {Slot} to disconnect ({Reason}); opening a fresh connection first")]
    public static partial void DisconnectRequested(this ILogger logger, int slot, string reason);

    [LoggerMessage(3005, LogLevel.Warning, "Socket Mode connection {Slot} dropped; reconnecting in {Delay}")]
    public static partial void SocketDropped(this ILogger logger, int slot, TimeSpan delay, Exception? exception);

    [LoggerMessage(3006, LogLevel.Warning, "Could not open Socket Mode connection {Slot}; retrying in {Delay}")]
    public static partial void ConnectFailed(this ILogger logger, int slot, TimeSpan delay, Exception exception);

    [LoggerMessage(3007, LogLevel.Warning, "Ignored a malformed Socket Mode frame: {Reason}")]
    public static partial void MalformedFrame(this ILogger logger, string reason);

    [LoggerMessage(3008, LogLevel.Debug, "Event {EventId} was already handled (retry {RetryAttempt}, {RetryReason}); acknowledged only")]
    public static partial void DuplicateEvent(this ILogger logger, string eventId, int retryAttempt, string? retryReason);

    [LoggerMessage(3009, LogLevel.Warning, "Slack Web API {Method} failed: {Error}")]
    public static partial void ApiFailed(this ILogger logger, string method, string error);

    [LoggerMessage(3010, LogLevel.Warning, "Slack rate-limited {Method}; retrying after {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string method, TimeSpan retryAfter);

    [LoggerMessage(3011, LogLevel.Warning, "Ignored an action the adapter does not know: {Action}")]
    public static partial void UnknownAction(this ILogger logger, string action);

    [LoggerMessage(3012, LogLevel.Error, "Handling a Slack {EnvelopeType} envelope failed; the adapter keeps running")]
    public static partial void WorkFailed(this ILogger logger, string envelopeType, Exception exception);

    [LoggerMessage(3013, LogLevel.Error, "A rendered Slack message breaks Block Kit limits: {Problems}")]
    public static partial void LimitsBroken(this ILogger logger, string problems);

    [LoggerMessage(3014, LogLevel.Warning, "Could not reach Slack to sign in; retrying in {Delay}")]
    public static partial void SignInFailed(this ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(3015, LogLevel.Debug, "Ignored Slack {EnvelopeType} envelope of kind {Kind}")]
    public static partial void Ignored(this ILogger logger, string envelopeType, string kind);

    [LoggerMessage(3016, LogLevel.Warning, "Slack Web API {Method} failed ({Problem}); retrying in {Delay}")]
    public static partial void CallRetrying(this ILogger logger, string method, string problem, TimeSpan delay);

    [LoggerMessage(3017, LogLevel.Critical, "The Slack adapter stopped after an unexpected error ({Reason}); the rest of the bot keeps running")]
    public static partial void AdapterFatal(this ILogger logger, string reason);

    [LoggerMessage(3019, LogLevel.Warning, "Socket Mode connection {Slot} sent a message over {Limit} bytes; closed it (1009)")]
    public static partial void MessageTooBig(this ILogger logger, int slot, int limit);

    [LoggerMessage(3030, LogLevel.Warning, "Refused a request to {Path}: {Reason}")]
    public static partial void RequestRefused(this ILogger logger, string path, string reason);

    [LoggerMessage(3031, LogLevel.Information, "Slack HTTP mode: waiting for requests at /slack/events")]
    public static partial void ListeningForRequests(this ILogger logger);

    [LoggerMessage(3032, LogLevel.Warning, "Ignored a Slack request that could not be read: {Reason}")]
    public static partial void MalformedRequest(this ILogger logger, string reason);

    [LoggerMessage(3033, LogLevel.Information, "Workspace {Team} let the app go ({Event}): installation deleted, {Erased} conversation(s) erased")]
    public static partial void WorkspaceRemoved(this ILogger logger, string team, string @event, int erased);

    [LoggerMessage(3034, LogLevel.Information, "Workspace {Team} installed the app")]
    public static partial void WorkspaceInstalled(this ILogger logger, string team);

    [LoggerMessage(3035, LogLevel.Warning, "An install was not completed: {Reason}")]
    public static partial void InstallRefused(this ILogger logger, string reason);

    [LoggerMessage(3036, LogLevel.Warning, "A posted message could not be recorded in the store ({Failure}); this instance keeps it for forget instead")]
    public static partial void PostedMessageNotRecorded(this ILogger logger, string failure);

    [LoggerMessage(3037, LogLevel.Warning, "The store could not give the posted messages to redact ({Failure}); only those this instance holds are redacted")]
    public static partial void PostedMessagesNotRead(this ILogger logger, string failure);

    [LoggerMessage(3038, LogLevel.Warning, "A slash command was already run (a replay of the same signed request); acknowledged only")]
    public static partial void DuplicateCommand(this ILogger logger);

    [LoggerMessage(3039, LogLevel.Information, "Workspace {Team} has no installation (never installed, or let the app go): nothing stored, nothing sent")]
    public static partial void WorkspaceNotInstalled(this ILogger logger, string team);
}
