using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>The fake's Web API: the handful of methods the adapter calls, answered the way Slack answers them.</summary>
internal sealed class FakeWebApi(FakeSlack slack)
{
    private readonly ConcurrentDictionary<string, TimeSpan> _rateLimits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeRawAnswer>> _rawAnswers = new(StringComparer.Ordinal);
    private int _nullFieldRequests;
    private int _connectionsOpened;
    private long _ts = 1_700_000_000_000_000;

    public int NullFieldRequests => Volatile.Read(ref _nullFieldRequests);

    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    public void RateLimitNext(string method, TimeSpan retryAfter) => _rateLimits[method] = retryAfter;

    /// <summary>Answers the next call of <paramref name="method"/> with ok:false and <paramref name="error"/>.</summary>
    public void FailNext(string method, string error) => _failures[method] = error;

    /// <summary>Answers the next call of <paramref name="method"/> with exactly this status, content type and body.</summary>
    public void AnswerNextRaw(string method, FakeRawAnswer answer) =>
        _rawAnswers.GetOrAdd(method, _ => new ConcurrentQueue<FakeRawAnswer>()).Enqueue(answer);

    public async Task HandleAsync(string method, HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        if (method == "oauth.v2.access")
        {
            await ExchangeCodeAsync(context, arrivedAt);
            return;
        }

        // A few methods (files.getUploadURLExternal) are sent as forms; the rest as JSON.
        var form = context.Request.HasFormContentType;
        var body = form ? await FormFieldsAsync(context) : await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        if (HasNull(body))
        {
            Interlocked.Increment(ref _nullFieldRequests);
        }

        if (_rateLimits.TryRemove(method, out var retryAfter))
        {
            slack.Record(new FakeApiCall(method, body, ChannelOf(method, body), arrivedAt, 429));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        if (_rawAnswers.TryGetValue(method, out var raws) && raws.TryDequeue(out var raw))
        {
            slack.Record(new FakeApiCall(method, body, ChannelOf(method, body), arrivedAt, raw.Status));
            context.Response.StatusCode = raw.Status;
            context.Response.Headers.ContentType = raw.ContentType;
            await context.Response.WriteAsync(raw.Body);
            return;
        }

        var token = context.Request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
        slack.Record(new FakeApiCall(method, body, ChannelOf(method, body), arrivedAt, 200, token));
        var team = method == "apps.connections.open" ? (token == FakeSlack.AppToken ? FakeSlack.TeamId : null) : slack.TeamOfBotToken(token);
        var rejected = slack.RejectTokens || (slack.RejectAppToken && method == "apps.connections.open") || team is null;
        var result = rejected ? Error("invalid_auth")
            : _failures.TryRemove(method, out var failure) ? Error(failure)
            : Answer(method, body, team!, form);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(result.ToJsonString());
    }

    /// <summary>oauth.v2.access: a form with the app's client id and secret and a code the fake issued, used once.</summary>
    private async Task ExchangeCodeAsync(HttpContext context, long arrivedAt)
    {
        var form = await context.Request.ReadFormAsync();
        var fields = new JsonObject();
        foreach (var (name, value) in form)
        {
            fields[name] = name == "client_secret" ? "(hidden)" : value.ToString();
        }

        slack.Record(new FakeApiCall("oauth.v2.access", fields, null, arrivedAt, 200));
        var grant = form["client_id"] == FakeSlack.ClientId && form["client_secret"] == FakeSlack.ClientSecret
            ? slack.RedeemCode(form["code"].ToString(), form["redirect_uri"].ToString())
            : null;
        var result = grant is { } workspace
            ? Ok(new()
            {
                ["access_token"] = workspace.BotToken, ["token_type"] = "bot", ["scope"] = "chat:write,im:history,im:read,im:write,commands",
                ["bot_user_id"] = "UBOT" + workspace.TeamId, ["app_id"] = "A0FAKE",
                ["team"] = workspace.OrgWide ? null : new JsonObject { ["id"] = workspace.TeamId, ["name"] = workspace.Name },
                ["enterprise"] = workspace.EnterpriseId is { } enterprise
                    ? new JsonObject { ["id"] = enterprise, ["name"] = workspace.OrgWide ? workspace.Name : "Org of " + workspace.Name }
                    : null,
                ["is_enterprise_install"] = workspace.OrgWide,
            })
            : Error("invalid_code");
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(result.ToJsonString());
    }

    private JsonObject Answer(string method, JsonObject body, string team, bool form) => method switch
    {
        "files.getUploadURLExternal" or "files.completeUploadExternal" when !slack.CanWriteFiles(team) => MissingScope("files:write"),

        // Slack reads this method only as a form: a JSON body gets invalid_arguments.
        "files.getUploadURLExternal" => form ? slack.Files.Reserve(body, team) : Error("invalid_arguments"),
        "files.completeUploadExternal" => slack.Files.Complete(body, team),
        "conversations.open" when Str(body, "users") is { } users && slack.UserFailure(users) is { } failure => Error(failure),
        "chat.postMessage" when Str(body, "channel") is ['D', .. var user] && slack.UserFailure(user) is { } failure => Error(failure),
        "auth.test" => Ok(new() { ["user_id"] = FakeSlack.BotUserId, ["bot_id"] = FakeSlack.BotId, ["team_id"] = team }),
        "apps.connections.open" => OpenConnection(),
        "chat.postMessage" => Post(body),
        "chat.update" => Update(body),
        "chat.postEphemeral" => PostEphemeral(body),
        "conversations.open" => Str(body, "users") is { } users
            ? Ok(new() { ["channel"] = new JsonObject { ["id"] = "D" + users } })
            : Error("users_not_found"),
        "views.open" => OpenView(body),
        _ => Error("unknown_method"),
    };

    private JsonObject OpenConnection()
    {
        Interlocked.Increment(ref _connectionsOpened);
        var url = new UriBuilder(slack.BaseUrl) { Scheme = "ws", Path = "/socket", Query = "ticket=" + slack.NextId() };
        if (slack.SocketPort is { } relay)
        {
            url.Port = relay;
        }

        return Ok(new() { ["url"] = url.Uri.ToString() });
    }

    private JsonObject Post(JsonObject body)
    {
        if (Str(body, "channel") is not { } channel)
        {
            return Error("channel_not_found");
        }

        if (Str(body, "text") is null && body["blocks"] is null)
        {
            return Error("no_text");
        }

        var ts = NextTs();
        slack.AddMessage(new FakeMessage(channel, ts, Str(body, "text") ?? "", Blocks(body), null));
        return Ok(new() { ["channel"] = channel, ["ts"] = ts });
    }

    private JsonObject Update(JsonObject body)
    {
        var (channel, ts) = (Str(body, "channel"), Str(body, "ts"));
        return channel is not null && ts is not null && slack.UpdateMessage(channel, ts, Str(body, "text") ?? "", Blocks(body))
            ? Ok(new() { ["channel"] = channel, ["ts"] = ts })
            : Error("message_not_found");
    }

    private JsonObject PostEphemeral(JsonObject body)
    {
        if (Str(body, "channel") is not { } channel || Str(body, "user") is not { } user)
        {
            return Error("user_not_in_channel");
        }

        var ts = NextTs();
        slack.AddMessage(new FakeMessage(channel, ts, Str(body, "text") ?? "", Blocks(body), user));
        return Ok(new() { ["message_ts"] = ts });
    }

    private JsonObject OpenView(JsonObject body)
    {
        if (Str(body, "trigger_id") is not { } trigger || slack.TriggerUser(trigger) is not { } user)
        {
            return Error("invalid_trigger_id");
        }

        if (body["view"] is not JsonObject view)
        {
            return Error("invalid_arguments");
        }

        var id = "V" + slack.NextId();
        slack.AddView("D" + user, new FakeView(id, trigger, user, (JsonObject)view.DeepClone()));
        return Ok(new() { ["view"] = new JsonObject { ["id"] = id } });
    }

    /// <summary>The DM channel a call concerns: chat.* name it; views.open and conversations.open name the user.</summary>
    private string? ChannelOf(string method, JsonObject body) => method switch
    {
        "views.open" => Str(body, "trigger_id") is { } t && slack.TriggerUser(t) is { } user ? "D" + user : null,
        "conversations.open" => Str(body, "users") is { } users ? "D" + users : null,
        _ => Str(body, "channel"),
    };

    private string NextTs()
    {
        var n = Interlocked.Increment(ref _ts);
        return string.Create(CultureInfo.InvariantCulture, $"{n / 1_000_000}.{n % 1_000_000:D6}");
    }

    private static string Blocks(JsonObject body) => body["blocks"] is JsonArray blocks ? blocks.ToJsonString() : "[]";

    private static string? Str(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool HasNull(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Any(p => HasNull(p.Value)),
        JsonArray a => a.Any(HasNull),
        _ => false,
    };

    private static async Task<JsonObject> FormFieldsAsync(HttpContext context)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in await context.Request.ReadFormAsync())
        {
            fields[name] = value.ToString();
        }

        return fields;
    }

    private static JsonObject MissingScope(string needed) =>
        new() { ["ok"] = false, ["error"] = "missing_scope", ["needed"] = needed, ["provided"] = "chat:write,im:history,im:read,im:write,commands" };

    internal static JsonObject Ok(JsonObject fields)
    {
        fields["ok"] = true;
        return fields;
    }

    internal static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };
}
