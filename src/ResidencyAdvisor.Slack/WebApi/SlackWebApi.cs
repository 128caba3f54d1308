using System.Globalization;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>
/// The Web API methods the adapter uses, typed; each call carries the bot token of the team it is for, and posts to a
/// channel wait their turn in its rate limit.
/// </summary>
internal sealed class SlackWebApi(SlackApiClient client, ChannelRateLimiter limiter, BotTokens tokens, IOptions<SlackOptions> options)
{
    private static SlackJsonContext Json => SlackJsonContext.Default;

    /// <summary>Signs in with the one workspace's bot token (Slack:BotToken).</summary>
    public Task<AuthTestResponsePayload> AuthTestAsync(CancellationToken cancellationToken) =>
        client.CallAsync("auth.test", new EmptyRequestPayload(), Json.EmptyRequestPayload, Json.AuthTestResponsePayload,
            options.Value.BotToken, cancellationToken);

    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var response = await client.CallAsync("apps.connections.open", new EmptyRequestPayload(), Json.EmptyRequestPayload,
            Json.ConnectionsOpenResponsePayload, options.Value.AppToken, cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url");
    }

    public async Task<string> PostMessageAsync(string team, string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(channel, cancellationToken);
        var response = await client.CallAsync("chat.postMessage", new PostMessageRequestPayload(channel, message.Text, message.Blocks),
            Json.PostMessageRequestPayload, Json.MessageResponsePayload, await tokens.ForTeamAsync(team, cancellationToken), cancellationToken);
        return response.Ts ?? "";
    }

    public async Task UpdateMessageAsync(string team, string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        await client.CallAsync("chat.update", new UpdateMessageRequestPayload(channel, ts, message.Text, message.Blocks),
            Json.UpdateMessageRequestPayload, Json.MessageResponsePayload, await tokens.ForTeamAsync(team, cancellationToken), cancellationToken);

    public async Task PostEphemeralAsync(string team, string channel, string user, string text, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(channel, cancellationToken);
        await client.CallAsync("chat.postEphemeral", new PostEphemeralRequestPayload(channel, user, text),
            Json.PostEphemeralRequestPayload, Json.ApiResponsePayload, await tokens.ForTeamAsync(team, cancellationToken), cancellationToken);
    }

    public async Task<string> OpenDirectMessageAsync(string team, string user, CancellationToken cancellationToken)
    {
        var response = await client.CallAsync("conversations.open", new ConversationsOpenRequestPayload(user),
            Json.ConversationsOpenRequestPayload, Json.ConversationsOpenResponsePayload, await tokens.ForTeamAsync(team, cancellationToken), cancellationToken);
        return response.Channel?.Id ?? throw new SlackApiException("conversations.open", "no_channel");
    }

    public async Task OpenViewAsync(string team, string triggerId, ModalView view, CancellationToken cancellationToken) =>
        await client.CallAsync("views.open", new ViewsOpenRequestPayload(triggerId, view), Json.ViewsOpenRequestPayload,
            Json.ApiResponsePayload, await tokens.ForTeamAsync(team, cancellationToken), cancellationToken);

    /// <summary>
    /// Shares a file in a channel with Slack's external upload: reserve an upload URL for exactly this many bytes, POST
    /// the bytes there, then complete the upload into the channel. A token without files:write gets
    /// <see cref="FileUploadOutcome.MissingScope"/> before any byte is sent.
    /// </summary>
    public async Task<FileUploadOutcome> UploadFileAsync(string team, string channel, string filename, string title,
        ReadOnlyMemory<byte> content, string? initialComment, CancellationToken cancellationToken)
    {
        var token = await tokens.ForTeamAsync(team, cancellationToken);
        try
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["filename"] = filename,
                ["length"] = content.Length.ToString(CultureInfo.InvariantCulture),
            };
            var reserved = await client.CallFormAsync("files.getUploadURLExternal", fields, Json.UploadUrlResponsePayload, token, cancellationToken);
            if (!Uri.TryCreate(reserved.UploadUrl, UriKind.Absolute, out var uploadUrl) || uploadUrl.Scheme is not ("https" or "http")
                || reserved.FileId is not { Length: > 0 } fileId)
            {
                throw new SlackApiException("files.getUploadURLExternal", "no_upload_url");
            }

            await client.UploadAsync(uploadUrl, content, cancellationToken);

            // Completing shares the file as a message in the channel, so it waits its turn like any other post.
            await limiter.WaitAsync(channel, cancellationToken);
            await client.CallAsync("files.completeUploadExternal",
                new CompleteUploadRequestPayload([new UploadedFilePayload(fileId, title)], channel, initialComment),
                Json.CompleteUploadRequestPayload, Json.CompleteUploadResponsePayload, token, cancellationToken);
            return FileUploadOutcome.Shared;
        }
        catch (SlackApiException ex) when (ex.IsMissingScope)
        {
            return FileUploadOutcome.MissingScope;
        }
    }
}
