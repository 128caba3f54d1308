using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Discord.Gateway;

namespace ResidencyAdvisor.Discord;

/// <summary>The Discord adapter's log messages (event ids 2000–2999). Never a token, an answer or a score in a template.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Discord gateway ready (shard {ShardId}/{ShardCount})")]
    public static partial void GatewayReady(this ILogger logger, int shardId, int shardCount);

    [LoggerMessage(2002, LogLevel.Information, "Discord gateway session resumed at sequence {Sequence}")]
    public static partial void GatewayResumed(this ILogger logger, int? sequence);

    [LoggerMessage(2003, LogLevel.Warning, "Discord gateway closed with {CloseCode} ({Reason}); {Action} in {Delay}")]
    public static partial void GatewayClosed(this ILogger logger, int? closeCode, string reason, ReconnectAction action, TimeSpan delay);

    [LoggerMessage(2004, LogLevel.Warning, "No heartbeat ACK from the Discord gateway in time; treating the connection as dead and resuming")]
    public static partial void ZombieConnection(this ILogger logger);

    [LoggerMessage(2005, LogLevel.Critical, "The Discord adapter stopped for good: {Reason}. Fix the configuration and restart; other adapters keep running.")]
    public static partial void AdapterFatal(this ILogger logger, string reason);

    [LoggerMessage(2006, LogLevel.Warning, "Ignored a malformed Discord gateway payload")]
    public static partial void MalformedPayload(this ILogger logger, Exception exception);

    [LoggerMessage(2007, LogLevel.Debug, "Ignored gateway opcode {Op} / event {EventName}")]
    public static partial void UnknownPayload(this ILogger logger, int op, string? eventName);

    [LoggerMessage(2008, LogLevel.Warning, "Discord session start limit is used up; waiting {Delay} before identifying")]
    public static partial void SessionStartLimitReached(this ILogger logger, TimeSpan delay);

    [LoggerMessage(2009, LogLevel.Information, "Registered /advise ({Scope})")]
    public static partial void CommandsRegistered(this ILogger logger, string scope);

    [LoggerMessage(2010, LogLevel.Warning, "Could not register /advise ({Scope}); retrying with backoff, and the bot still answers commands registered before")]
    public static partial void CommandsRegistrationFailed(this ILogger logger, string scope, Exception exception);

    [LoggerMessage(2011, LogLevel.Warning, "Discord rate limit on {Route}: retrying in {Delay} (global: {Global})")]
    public static partial void RateLimited(this ILogger logger, string route, TimeSpan delay, bool global);

    [LoggerMessage(2012, LogLevel.Warning, "Discord answered {Status} on {Route}; retrying in {Delay}")]
    public static partial void ServerErrorRetry(this ILogger logger, int status, string route, TimeSpan delay);

    [LoggerMessage(2013, LogLevel.Warning, "Discord rejected {Route} with {Status} (code {Code}: {Message})")]
    public static partial void RestRejected(this ILogger logger, string route, int status, int code, string? message);

    [LoggerMessage(2014, LogLevel.Warning, "Could not answer a Discord interaction of type {Type}")]
    public static partial void InteractionFailed(this ILogger logger, string type, Exception exception);

    [LoggerMessage(2015, LogLevel.Information, "Ignored an interaction with an unknown custom id")]
    public static partial void UnknownCustomId(this ILogger logger);

    [LoggerMessage(2016, LogLevel.Debug, "Deferred a Discord interaction because the turn took longer than {DeferAfter}")]
    public static partial void Deferred(this ILogger logger, TimeSpan deferAfter);

    [LoggerMessage(2017, LogLevel.Warning, "Discord gateway connection failed; {Action} in {Delay}")]
    public static partial void ConnectionFailed(this ILogger logger, ReconnectAction action, TimeSpan delay, Exception exception);

    [LoggerMessage(2018, LogLevel.Information, "Discord gateway asked for a reconnect (op 7)")]
    public static partial void ReconnectRequested(this ILogger logger);

    [LoggerMessage(2019, LogLevel.Information, "Discord invalidated the session (resumable: {Resumable})")]
    public static partial void SessionInvalidated(this ILogger logger, bool resumable);

    [LoggerMessage(2020, LogLevel.Debug, "Skipped a Discord interaction already handled: {InteractionId}")]
    public static partial void DuplicateInteraction(this ILogger logger, string interactionId);

    [LoggerMessage(2021, LogLevel.Error, "A rendered Discord message broke a platform limit: {Violation}")]
    public static partial void LimitViolation(this ILogger logger, string violation);

    [LoggerMessage(2022, LogLevel.Warning, "The gateway sent a message over {Limit} bytes; closed the connection (1009)")]
    public static partial void MessageTooBig(this ILogger logger, int limit);

    [LoggerMessage(2030, LogLevel.Information, "Discord interactions come over HTTP to {Path}; no gateway connection is opened")]
    public static partial void ServingOverHttp(this ILogger logger, string path);

    [LoggerMessage(2031, LogLevel.Warning, "Could not read the application id from Discord; retrying with backoff")]
    public static partial void ApplicationIdUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(2032, LogLevel.Warning, "Refused a request to the Discord interactions endpoint: {Reason}")]
    public static partial void InteractionRequestRefused(this ILogger logger, string reason);

    [LoggerMessage(2033, LogLevel.Warning, "A signed Discord interaction could not be read")]
    public static partial void UnreadableInteraction(this ILogger logger);

    [LoggerMessage(2034, LogLevel.Warning, "A Discord interaction of type {Type} got no initial response in time")]
    public static partial void NoInitialResponse(this ILogger logger, int type);

    [LoggerMessage(2035, LogLevel.Warning, "An earlier Discord reply could not be replaced after a forget ({Failure})")]
    public static partial void EarlierReplyNotErased(this ILogger logger, string failure);
}
