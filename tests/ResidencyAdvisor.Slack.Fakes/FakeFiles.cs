using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// The fake's external file upload: files.getUploadURLExternal hands out a URL on the fake's own listener, that URL
/// takes the bytes once, and files.completeUploadExternal shares only a file whose bytes arrived, at the length reserved.
/// </summary>
internal sealed class FakeFiles(FakeSlack slack)
{
    public const string UploadPath = "upload/";

    private readonly ConcurrentQueue<FakeUpload> _uploads = new();

    public IReadOnlyList<FakeUpload> Uploads => [.. _uploads];

    public JsonObject Reserve(JsonObject form, string team)
    {
        if (Str(form, "filename") is not { Length: > 0 } filename
            || !long.TryParse(Str(form, "length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length <= 0)
        {
            return FakeWebApi.Error("invalid_arguments");
        }

        var upload = new FakeUpload("F" + slack.NextId(), filename, length, team);
        _uploads.Enqueue(upload);
        return FakeWebApi.Ok(new() { ["upload_url"] = new Uri(slack.BaseUrl, UploadPath + upload.FileId).ToString(), ["file_id"] = upload.FileId });
    }

    /// <summary>The POST to an upload URL: raw bytes or one multipart file, as Slack takes either; 200 "OK - n".</summary>
    public async Task ReceiveAsync(string fileId, HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var upload = _uploads.FirstOrDefault(u => u.FileId == fileId);
        slack.Record(new FakeApiCall(FakeSlack.UploadMethod, new JsonObject { ["file_id"] = fileId }, null, arrivedAt, upload is null ? 404 : 200));
        if (upload is null || upload.Bytes is not null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var buffer = new MemoryStream();
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            if (form.Files.Count == 1)
            {
                await form.Files[0].CopyToAsync(buffer);
            }
        }
        else
        {
            await context.Request.Body.CopyToAsync(buffer);
        }

        upload.BytesCameWithToken = context.Request.Headers.Authorization.Count > 0;
        upload.Bytes = buffer.ToArray();
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"OK - {upload.Bytes.Length}"));
    }

    /// <summary>Shares reserved files whose bytes arrived at the reserved length (the error codes are the fake's own).</summary>
    public JsonObject Complete(JsonObject body, string team)
    {
        if (body["files"] is not JsonArray { Count: > 0 } files || Str(body, "channel_id") is not { } channel)
        {
            return FakeWebApi.Error("invalid_arguments");
        }

        var shared = new List<(FakeUpload Upload, string? Title)>();
        foreach (var file in files)
        {
            var id = file is JsonObject o ? Str(o, "id") : null;
            var upload = _uploads.FirstOrDefault(u => u.FileId == id && u.Team == team);
            if (upload is null || upload.Bytes is null || upload.Shared)
            {
                return FakeWebApi.Error("file_not_found");
            }

            if (upload.Bytes.LongLength != upload.Length)
            {
                return FakeWebApi.Error("file_size_mismatch");
            }

            shared.Add((upload, file is JsonObject f ? Str(f, "title") : null));
        }

        foreach (var (upload, title) in shared)
        {
            upload.Title = title ?? upload.Filename;
            upload.InitialComment = Str(body, "initial_comment");
            upload.Channel = channel;
        }

        return FakeWebApi.Ok(new() { ["files"] = new JsonArray([.. shared.Select(s => (JsonNode)new JsonObject { ["id"] = s.Upload.FileId })]) });
    }

    private static string? Str(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
