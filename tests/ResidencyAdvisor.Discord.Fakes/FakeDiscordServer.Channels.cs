using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>DM channels, channel messages and multipart (file) bodies, as Discord's "Uploading Files" describes them.</summary>
public sealed partial class FakeDiscordServer
{
    private const string FilesItem = "fake.files";

    private readonly ConcurrentDictionary<string, string> _dmByUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _userByDm = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _closedDms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unknownUsers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _dmOpens = new();
    private readonly ConcurrentQueue<FakeChannelMessage> _channelMessages = new();

    /// <summary>The recipient of every accepted POST /users/@me/channels, in order (a user twice means two opens).</summary>
    public IReadOnlyCollection<string> DmOpens => _dmOpens;

    /// <summary>Every accepted channel message, in order.</summary>
    public IReadOnlyCollection<FakeChannelMessage> ChannelMessages => _channelMessages;

    /// <summary>Messages the user got in their DM with the bot.</summary>
    public IReadOnlyList<FakeChannelMessage> DmsTo(string userId) => [.. _channelMessages.Where(m => m.RecipientId == userId)];

    /// <summary>The user turned off DMs from server members (or blocked the bot): posting to their DM answers 50007.</summary>
    public void CloseDms(string userId) => _closedDms[userId] = 0;

    /// <summary>The account is gone: opening a DM with it answers 10013 Unknown User.</summary>
    public void DeleteUser(string userId) => _unknownUsers[userId] = 0;

    /// <summary>Discord no longer knows the user's DM channel: posting to it answers 10003, and the next open gives a new one.</summary>
    public void DropDmChannel(string userId)
    {
        if (_dmByUser.TryRemove(userId, out var channelId))
        {
            _userByDm.TryRemove(channelId, out _);
        }
    }

    private void MapChannels()
    {
        _app.MapPost("/api/v10/users/@me/channels", ctx => RestAsync(ctx, authorized: true, OpenDm));
        _app.MapPost("/api/v10/channels/{channel}/messages", ctx => RestAsync(ctx, authorized: true, PostChannelMessage));
    }

    /// <summary>The body as text (payload_json for multipart) and the files[n] parts, also left on the context for handlers.</summary>
    private static async Task<(string Body, IReadOnlyList<FakeFile>? Files)> ReadBodyAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return (await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted), null);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var files = new List<FakeFile>();
        foreach (var part in form.Files)
        {
            using var stream = new MemoryStream();
            await part.CopyToAsync(stream, context.RequestAborted);
            files.Add(new FakeFile(part.Name, part.FileName, part.ContentType, stream.ToArray()));
        }

        context.Items[FilesItem] = files;
        return (form["payload_json"].ToString(), files);
    }

    /// <summary>Discord refuses a files[n] that no attachments entry with id n describes.</summary>
    private static JsonObject? FilesMismatch(string body, IReadOnlyList<FakeFile>? files)
    {
        if (files is null)
        {
            return null;
        }

        // A message names its files at the top; an interaction callback inside its "data".
        var root = JsonNode.Parse(body.Length == 0 ? "{}" : body);
        var ids = ((root?["attachments"] ?? root?["data"]?["attachments"]) as JsonArray ?? [])
            .Select(a => a?["id"]?.GetValue<int>()).ToHashSet();
        return files.All(f => f.Index is { } n && ids.Contains(n))
            ? null
            : new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 };
    }

    /// <summary>The files[n] parts of the request being handled; none for a JSON request.</summary>
    private static IReadOnlyList<FakeFile> FilesOf(HttpContext context) => context.Items[FilesItem] as IReadOnlyList<FakeFile> ?? [];

    private (int, JsonNode?) OpenDm(HttpContext context, JsonNode? body)
    {
        if (body?["recipient_id"]?.GetValue<string>() is not { Length: > 0 } userId)
        {
            return (400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 });
        }

        if (_unknownUsers.ContainsKey(userId))
        {
            return (404, new JsonObject { ["message"] = "Unknown User", ["code"] = 10013 });
        }

        var channelId = _dmByUser.GetOrAdd(userId, _ => NewMessageId());
        _userByDm[channelId] = userId;
        _dmOpens.Enqueue(userId);
        return (200, new JsonObject
        {
            ["id"] = channelId,
            ["type"] = 1,
            ["recipients"] = new JsonArray(new JsonObject { ["id"] = userId }),
        });
    }

    private (int, JsonNode?) PostChannelMessage(HttpContext context, JsonNode? body)
    {
        var channelId = (string)context.Request.RouteValues["channel"]!;
        if (!_userByDm.TryGetValue(channelId, out var userId))
        {
            return (404, new JsonObject { ["message"] = "Unknown Channel", ["code"] = 10003 });
        }

        if (_closedDms.ContainsKey(userId))
        {
            return (403, new JsonObject { ["message"] = "Cannot send messages to this user", ["code"] = 50007 });
        }

        if (body is not JsonObject message)
        {
            return (400, new JsonObject { ["message"] = "Cannot send an empty message", ["code"] = 50006 });
        }

        var files = FilesOf(context);
        var sent = (JsonObject)message.DeepClone();
        sent["id"] = NewMessageId();
        sent["channel_id"] = channelId;
        _channelMessages.Enqueue(new FakeChannelMessage(channelId, userId, (JsonObject)sent.DeepClone(), files));
        return (200, sent);
    }
}
