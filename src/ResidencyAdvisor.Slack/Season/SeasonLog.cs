using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Slack;

/// <summary>The season's log messages (event ids 3060–3069), beside the adapter's own in Log.cs.</summary>
internal static partial class Log
{
    [LoggerMessage(3060, LogLevel.Warning, "A Slack reminder was not delivered: {Method} failed with {Error}; counted as {Delivery}")]
    public static partial void ReminderNotDelivered(this ILogger logger, string method, string error, ReminderDelivery delivery);
}
