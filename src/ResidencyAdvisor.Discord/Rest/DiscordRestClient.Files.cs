using System.Net.Http.Headers;
using System.Text.Json;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// Messages with one file attached, and DM channels. Discord takes a file as multipart/form-data: the message JSON in
/// "payload_json" with an "attachments" entry per file, and the bytes in "files[n]" where n is that entry's id.
/// </summary>
internal sealed partial class DiscordRestClient
{
    public const int EphemeralFlag = 64;

    /// <summary>A follow-up to an interaction with the file; ephemeral in a server so only the student sees their plan.</summary>
    public Task<string?> FollowUpWithFileAsync(string appId, string token, MessagePayload message, MessageFile file, bool ephemeral,
        CancellationToken cancellationToken)
    {
        var flagged = ephemeral ? message with { Flags = (message.Flags ?? 0) | EphemeralFlag } : message;
        return SendMessageAsync(RestRoute.FollowUp(appId, token), flagged, file, cancellationToken);
    }

    /// <summary>Replaces the interaction's original response (a deferred one, typically) with the message and the file.</summary>
    public Task<string?> EditOriginalWithFileAsync(string appId, string token, MessagePayload message, MessageFile file,
        CancellationToken cancellationToken) =>
        SendMessageAsync(RestRoute.EditOriginal(appId, token), message, file, cancellationToken);

    /// <summary>
    /// The initial response itself with the file: a gateway interaction's callback may be multipart (an HTTP response
    /// to Discord's POST may not, so an interaction that came over HTTP defers and edits instead).
    /// </summary>
    public async Task RespondWithFileAsync(string interactionId, string token, int type, MessagePayload message, MessageFile file,
        CancellationToken cancellationToken)
    {
        var data = WithAttachment(message, file);
        EnsureWithinLimits(data, file);
        var json = JsonSerializer.SerializeToUtf8Bytes(new MessageResponsePayload(type, data), DiscordJsonContext.Default.MessageResponsePayload);
        using var response = await SendAsync(RestRoute.Callback(interactionId, token), () => Multipart(json, file), cancellationToken);
    }

    /// <summary>Posts to a channel (a DM, for reminders and plans outside an interaction), with or without a file.</summary>
    public Task<string?> PostChannelMessageAsync(string channelId, MessagePayload message, MessageFile? file, CancellationToken cancellationToken) =>
        SendMessageAsync(RestRoute.ChannelMessage(channelId), message, file, cancellationToken);

    /// <summary>Opens (or finds: Discord answers the same channel again) the bot's DM with a user.</summary>
    public async Task<string> OpenDmAsync(string userId, CancellationToken cancellationToken)
    {
        var channel = await SendAsync(RestRoute.CreateDm(), new DmChannelRequestPayload(userId), DiscordJsonContext.Default.DmChannelRequestPayload,
            DiscordJsonContext.Default.ChannelPayload, cancellationToken);
        return channel?.Id ?? throw new DiscordRestException("POST users/@me/channels returned no channel");
    }

    /// <summary>Sends the message, as JSON or with its file as multipart, and returns the id Discord gave it when it says.</summary>
    private async Task<string?> SendMessageAsync(RestRoute route, MessagePayload message, MessageFile? file, CancellationToken cancellationToken)
    {
        var body = file is null ? message : WithAttachment(message, file);
        EnsureWithinLimits(body, file);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessagePayload);

        // A retry sends the request again, so each attempt gets fresh content over the same bytes.
        using var response = await SendAsync(route, file is null ? () => Json(json) : () => Multipart(json, file), cancellationToken);
        var sent = await ReadAsync(response, DiscordJsonContext.Default.MessageRefPayload, cancellationToken);
        return sent?.Id;
    }

    private static MessagePayload WithAttachment(MessagePayload message, MessageFile file) =>
        message with { Attachments = [new AttachmentPayload(0, file.FileName, file.Description)] };

    private static void EnsureWithinLimits(MessagePayload message, MessageFile? file)
    {
        var problems = DiscordLimits.Violations(message).ToList();
        if (file is not null)
        {
            if (file.Content.Length > DiscordLimits.AttachmentBytes)
            {
                problems.Add($"file of {file.Content.Length} bytes is over the {DiscordLimits.AttachmentBytes}-byte upload limit");
            }

            if (string.IsNullOrWhiteSpace(file.FileName))
            {
                problems.Add("file without a name");
            }
        }

        if (problems.Count > 0)
        {
            throw new DiscordLimitException("Discord would refuse this message: " + string.Join("; ", problems));
        }
    }

    private static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static MultipartFormDataContent Multipart(byte[] json, MessageFile file)
    {
        var bytes = new ReadOnlyMemoryContent(file.Content);
        bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        return new MultipartFormDataContent
        {
            { Json(json), "payload_json" },
            { bytes, "files[0]", file.FileName },
        };
    }
}
