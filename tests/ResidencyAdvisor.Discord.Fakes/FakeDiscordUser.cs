using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// A simulated student: runs /advise, clicks buttons by label, picks from selects and fills in modals, keeping the
/// message on screen the way a Discord client would (new message, update in place, deferred edit, follow-ups).
/// </summary>
public sealed class FakeDiscordUser(FakeDiscordServer server, string userId, string? guildId)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private string _messageId = "";
    private JsonObject? _modal;

    // Which interaction's token last drew the message on screen, and the follow-up id when it was a follow-up.
    private InteractionExchange? _shownBy;
    private string? _shownFollowUp;

    public string UserId => userId;

    /// <summary>The bot's message the student is looking at (the one with the buttons).</summary>
    public JsonObject? Current { get; private set; }

    /// <summary>Every message text and embed seen, for transcripts (only while <see cref="KeepHistory"/>).</summary>
    public List<JsonObject> Seen { get; } = [];

    /// <summary>Tests keep every message and exchange; the load tool turns this off so memory measures the adapter.</summary>
    public bool KeepHistory { get; init; } = true;

    /// <summary>A pause before each action, like a person reading the question; zero in tests.</summary>
    public TimeSpan ThinkTime { get; init; }

    public Task<FakeTurn> SlashAsync(string? action = null)
    {
        var data = new JsonObject { ["id"] = "300000000000000003", ["name"] = "advise", ["type"] = 1 };
        if (action is not null)
        {
            data["options"] = new JsonArray(new JsonObject { ["name"] = "action", ["type"] = 3, ["value"] = action });
        }

        return SendAsync(2, data, fromMessage: false);
    }

    /// <summary>Clicks the button whose label starts with <paramref name="label"/>.</summary>
    public Task<FakeTurn> ClickAsync(string label)
    {
        var button = Buttons().FirstOrDefault(b => ((string?)b["label"] ?? "").StartsWith(label, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button \"{label}\" on the message; buttons: {string.Join(", ", Buttons().Select(b => (string?)b["label"]))}");
        return ClickCustomIdAsync((string)button["custom_id"]!);
    }

    public Task<FakeTurn> ClickCustomIdAsync(string customId) =>
        SendAsync(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, fromMessage: true);

    /// <summary>Picks options (by value) in the message's select.</summary>
    public Task<FakeTurn> SelectAsync(params string[] values)
    {
        var select = Components().FirstOrDefault(c => (int?)c["type"] == 3) ?? throw new InvalidOperationException("No select on the message");
        var values1 = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
        return SendAsync(3, new JsonObject { ["custom_id"] = (string)select["custom_id"]!, ["component_type"] = 3, ["values"] = values1 }, fromMessage: true);
    }

    /// <summary>Picks one option (by value) in the message's select whose placeholder starts with <paramref name="placeholder"/>.</summary>
    public Task<FakeTurn> PickAsync(string placeholder, string value)
    {
        var select = Components().FirstOrDefault(c => (int?)c["type"] == 3 && ((string?)c["placeholder"] ?? "").StartsWith(placeholder, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No select \"{placeholder}\" on the message");
        return SendAsync(3, new JsonObject { ["custom_id"] = (string)select["custom_id"]!, ["component_type"] = 3, ["values"] = new JsonArray(value) },
            fromMessage: true);
    }

    /// <summary>The options of the select whose placeholder starts with <paramref name="placeholder"/>, or none.</summary>
    public IReadOnlyList<JsonObject> Options(string placeholder) =>
        [.. Components().Where(c => (int?)c["type"] == 3 && ((string?)c["placeholder"] ?? "").StartsWith(placeholder, StringComparison.Ordinal))
            .SelectMany(c => (c["options"] as JsonArray ?? []).OfType<JsonObject>())];

    /// <summary>
    /// Types into the open modal's first input and submits it. Like Discord's current clients it reads only modals built
    /// from labels (type 18, each wrapping one input), and submits each label with its input's value.
    /// </summary>
    public Task<FakeTurn> SubmitModalAsync(string value)
    {
        var modal = _modal ?? throw new InvalidOperationException("No modal is open");
        _modal = null;
        var label = modal["components"]![0]!;
        if ((int?)label["type"] != 18 || label["component"] is not JsonObject input || (int?)input["type"] != 4)
        {
            throw new InvalidOperationException($"The modal is not built from a Label wrapping a text input: {modal.ToJsonString()}");
        }

        var submitted = new JsonArray(new JsonObject
        {
            ["type"] = 18,
            ["id"] = 1,
            ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = (string)input["custom_id"]!, ["value"] = value },
        });
        return SendAsync(5, new JsonObject { ["custom_id"] = (string)modal["custom_id"]!, ["components"] = submitted }, fromMessage: true);
    }

    /// <summary>
    /// Shows the message on screen as it is now, after edits the bot made later through the token that drew it (as a
    /// Discord client would once the edit arrives), e.g. when a forget elsewhere blanked it.
    /// </summary>
    public void Refresh()
    {
        if (_shownBy is not { } exchange || Current is null)
        {
            return;
        }

        var edit = _shownFollowUp is { } id
            ? exchange.FollowUpEdits.Where(e => e.MessageId == id).Select(e => e.Message).LastOrDefault()
            : exchange.Edits.LastOrDefault();
        foreach (var (name, value) in edit ?? [])
        {
            Current[name] = value?.DeepClone();
        }
    }

    public IEnumerable<JsonObject> Buttons() => Components().Where(c => (int?)c["type"] == 2);

    public IEnumerable<JsonObject> Components() =>
        (Current?["components"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(r => (r["components"] as JsonArray ?? []).OfType<JsonObject>());

    /// <summary>The text of the message on screen: content, embed titles and descriptions.</summary>
    public string Text() => Describe(Current);

    public static string Describe(JsonObject? message)
    {
        if (message is null)
        {
            return "";
        }

        var parts = new List<string?> { (string?)message["content"] };
        foreach (var embed in (message["embeds"] as JsonArray ?? []).OfType<JsonObject>())
        {
            parts.Add((string?)embed["title"]);
            parts.Add((string?)embed["description"]);
            parts.AddRange((embed["fields"] as JsonArray ?? []).OfType<JsonObject>().Select(f => $"{f["name"]}: {f["value"]}"));
        }

        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private async Task<FakeTurn> SendAsync(int type, JsonObject data, bool fromMessage)
    {
        if (ThinkTime > TimeSpan.Zero)
        {
            // People read before they click: 0.5x to 1.5x the think time, so simulated users do not move in lockstep.
            await Task.Delay(ThinkTime * (0.5 + Random.Shared.NextDouble()));
        }

        var interaction = new JsonObject { ["type"] = type, ["data"] = data, ["channel_id"] = "400000000000000004" };
        if (guildId is null)
        {
            interaction["user"] = new JsonObject { ["id"] = userId, ["username"] = "student" };
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = userId, ["username"] = "student" } };
        }

        if (fromMessage)
        {
            interaction["message"] = new JsonObject { ["id"] = _messageId, ["flags"] = guildId is null ? 0 : 64 };
        }

        var exchange = await server.SendInteractionAsync(interaction);
        var response = await exchange.InitialResponse.WaitAsync(Timeout);
        var responseType = (int)response["type"]!;
        var body = response["data"] as JsonObject;
        FakeTurn turn;
        switch (responseType)
        {
            case 9:
                _modal = body;
                turn = new FakeTurn(exchange, 9, Current, null, body);
                break;
            case 4 when fromMessage:
                turn = new FakeTurn(exchange, 4, Current, (string?)body?["content"], null);
                break;
            case 4 or 7:
                Show(body!, newMessage: responseType == 4, exchange);
                turn = new FakeTurn(exchange, responseType, Current, null, null);
                break;
            default:
                turn = await DeferredAsync(exchange, responseType, fromMessage);
                break;
        }

        await FollowUpsAsync(exchange, turn);
        if (!KeepHistory)
        {
            server.Forget(exchange);
        }

        return turn with { Message = Current };
    }

    private async Task<FakeTurn> DeferredAsync(InteractionExchange exchange, int responseType, bool fromMessage)
    {
        while (exchange.Edits.Count == 0 && exchange.FollowUps.Count == 0)
        {
            if (!await exchange.WaitForMoreAsync(Timeout))
            {
                throw new TimeoutException("The bot deferred but never edited the message");
            }
        }

        if (exchange.Edits.Count == 0 && fromMessage)
        {
            return new FakeTurn(exchange, responseType, Current, (string?)exchange.FollowUps.First()["content"], null);
        }

        // A click answered with a deferred new message (5, not 6): the edit fills that new message, not the clicked one.
        if (responseType == 5 && fromMessage)
        {
            return new FakeTurn(exchange, responseType, Current, (string?)exchange.Edits.Last()["content"], null);
        }

        Show(exchange.Edits.Last(), newMessage: !fromMessage, exchange);
        return new FakeTurn(exchange, responseType, Current, null, null);
    }

    /// <summary>Long guidance continues in follow-ups; the last one carries the buttons.</summary>
    private async Task FollowUpsAsync(InteractionExchange exchange, FakeTurn turn)
    {
        if (turn.Notice is not null || turn.Modal is not null)
        {
            return;
        }

        var shown = 0;
        while (!Components().Any())
        {
            if (exchange.FollowUps.Count <= shown && !await exchange.WaitForMoreAsync(TimeSpan.FromSeconds(2)))
            {
                return;
            }

            foreach (var message in exchange.FollowUps.Skip(shown))
            {
                Show(message, newMessage: true, exchange);
                shown++;
            }
        }
    }

    private void Show(JsonObject message, bool newMessage, InteractionExchange exchange)
    {
        // A follow-up is its own message: its id is the one the bot was given; anything else is the original response.
        var followUpId = (string?)message["id"];
        _shownBy = exchange;
        _shownFollowUp = followUpId;
        if (newMessage || followUpId is not null || Current is null)
        {
            _messageId = followUpId ?? server.NewMessageId();
            Current = (JsonObject)message.DeepClone();
        }
        else
        {
            foreach (var (name, value) in message)
            {
                Current[name] = value?.DeepClone();
            }
        }

        if (KeepHistory)
        {
            Seen.Add((JsonObject)Current.DeepClone());
        }
    }
}
