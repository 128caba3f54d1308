using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Web API calls made after a turn was saved: a failure is logged and never undoes the saved answer, since the student
/// can send any message to get the current question again.
/// </summary>
internal sealed class BestEffortCalls(SlackWebApi api, ILogger<BestEffortCalls> logger)
{
    /// <summary>A short note only the student sees (out-of-date clicks, unknown buttons).</summary>
    public Task TellAsync(ClickContext click, string text, CancellationToken cancellationToken) =>
        TryAsync("chat.postEphemeral", () => api.PostEphemeralAsync(click.Team, click.Channel, click.User, text, cancellationToken));

    public async Task TryAsync(string method, Func<Task> call) => await TryAsync(method, async () =>
    {
        await call();
        return "";
    });

    /// <summary>The call's result, or null when it failed.</summary>
    public async Task<T?> TryAsync<T>(string method, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (SlackApiException ex)
        {
            logger.ApiFailed(method, ex.Error);
            return null;
        }
        catch (HttpRequestException ex)
        {
            logger.ApiFailed(method, ex.Message);
            return null;
        }
    }
}
