using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>The Web API methods the adapter uses, typed; posts to a channel wait their turn in its rate limit.</summary>
internal sealed class SlackWebApi(SlackApiClient client, ChannelRateLimiter limiter)
{
    private static SlackJsonContext Json => SlackJsonContext.Default;

    public Task<AuthTestResponsePayload> AuthTestAsync(CancellationToken cancellationToken) =>
        client.CallAsync("auth.test", new EmptyRequestPayload(), Json.EmptyRequestPayload, Json.AuthTestResponsePayload,
            SlackToken.Bot, cancellationToken);

    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var response = await client.CallAsync("apps.connections.open", new EmptyRequestPayload(), Json.EmptyRequestPayload,
            Json.ConnectionsOpenResponsePayload, SlackToken.App, cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url");
    }

    public async Task<string> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(channel, cancellationToken);
        var response = await client.CallAsync("chat.postMessage", new PostMessageRequestPayload(channel, message.Text, message.Blocks),
            Json.PostMessageRequestPayload, Json.MessageResponsePayload, SlackToken.Bot, cancellationToken);
        return response.Ts ?? "";
    }

    public Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        client.CallAsync("chat.update", new UpdateMessageRequestPayload(channel, ts, message.Text, message.Blocks),
            Json.UpdateMessageRequestPayload, Json.MessageResponsePayload, SlackToken.Bot, cancellationToken);

    public async Task PostEphemeralAsync(string channel, string user, string text, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(channel, cancellationToken);
        await client.CallAsync("chat.postEphemeral", new PostEphemeralRequestPayload(channel, user, text),
            Json.PostEphemeralRequestPayload, Json.ApiResponsePayload, SlackToken.Bot, cancellationToken);
    }

    public async Task<string> OpenDirectMessageAsync(string user, CancellationToken cancellationToken)
    {
        var response = await client.CallAsync("conversations.open", new ConversationsOpenRequestPayload(user),
            Json.ConversationsOpenRequestPayload, Json.ConversationsOpenResponsePayload, SlackToken.Bot, cancellationToken);
        return response.Channel?.Id ?? throw new SlackApiException("conversations.open", "no_channel");
    }

    public Task OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken) =>
        client.CallAsync("views.open", new ViewsOpenRequestPayload(triggerId, view), Json.ViewsOpenRequestPayload,
            Json.ApiResponsePayload, SlackToken.Bot, cancellationToken);
}
