using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// A simulated Slack user: sends DMs, /advise, clicks, ticks and modal submissions through the fake, and reads replies in
/// order. In a workspace of an Enterprise Grid org, each payload names <paramref name="enterpriseId"/>, and says
/// whether Slack delivers it to the org-wide install (<paramref name="enterpriseInstall"/>) or the workspace's own.
/// </summary>
public sealed class SlackStudent(FakeSlack slack, string userId, string teamId = FakeSlack.TeamId, string? enterpriseId = null,
    bool enterpriseInstall = false)
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private int _seenMessages;
    private int _seenEphemeral;
    private int _seenViews;

    public string UserId => userId;

    public string Channel => "D" + userId;

    public Task<FakeDelivery> SendDmAsync(string text, string? eventId = null, int retryAttempt = 0) =>
        slack.SendEnvelopeAsync("events_api", DmEvent(text, eventId ?? "Ev" + slack.NextId()), Channel, retryAttempt,
            retryAttempt > 0 ? "timeout" : null);

    public JsonObject DmEvent(string text, string eventId) => new()
    {
        ["team_id"] = teamId,
        ["enterprise_id"] = enterpriseId,
        ["authorizations"] = enterpriseId is null ? null : new JsonArray(new JsonObject
        {
            ["enterprise_id"] = enterpriseId, ["team_id"] = enterpriseInstall ? null : teamId, ["user_id"] = "UBOT" + teamId,
            ["is_bot"] = true, ["is_enterprise_install"] = enterpriseInstall,
        }),
        ["api_app_id"] = "A0FAKE",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
        ["event"] = new JsonObject
        {
            ["type"] = "message", ["channel"] = Channel, ["user"] = userId, ["text"] = text,
            ["ts"] = "1700000000." + slack.NextId(), ["channel_type"] = "im", ["team"] = teamId,
        },
    };

    public Task<FakeDelivery> SlashCommandAsync(string text = "") => slack.SendEnvelopeAsync("slash_commands", SlashCommand(text), Channel);

    /// <summary>The fields of an /advise command typed by this student, each time with a new trigger_id.</summary>
    public JsonObject SlashCommand(string text) => new()
    {
        ["command"] = "/advise", ["text"] = text, ["team_id"] = teamId, ["enterprise_id"] = enterpriseId ?? "",
        ["is_enterprise_install"] = enterpriseInstall ? "true" : "false", ["user_id"] = userId, ["channel_id"] = "C0GENERAL",
        ["trigger_id"] = slack.NewTrigger(userId), ["response_url"] = new Uri(slack.BaseUrl, "response/" + slack.NextId()).ToString(),
    };

    public Task<FakeDelivery> ClickAsync(FakeMessage message, string label)
    {
        var (button, blockId) = message.Elements().FirstOrDefault(e => (string?)e.Element["type"] == "button" && (string?)e.Element["text"]?["text"] == label);
        if (button is null)
        {
            throw new InvalidOperationException($"No button '{label}' in: {string.Join(", ", message.ButtonLabels())}");
        }

        var action = new JsonObject
        {
            ["type"] = "button", ["action_id"] = (string?)button["action_id"], ["block_id"] = blockId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label }, ["action_ts"] = "1700000001.0001",
        };
        if (button["value"] is { } value)
        {
            action["value"] = value.DeepClone();
        }

        return SendActionAsync(message, action, new JsonObject());
    }

    /// <summary>
    /// Picks from the static_select whose placeholder is <paramref name="placeholder"/> the option whose label starts with
    /// <paramref name="optionPrefix"/>, as Slack sends it: the select's action id and the chosen option.
    /// </summary>
    public Task<FakeDelivery> SelectAsync(FakeMessage message, string placeholder, string optionPrefix)
    {
        var (select, blockId) = message.Elements().FirstOrDefault(e => (string?)e.Element["type"] == "static_select"
            && (string?)e.Element["placeholder"]?["text"] == placeholder);
        var option = ((select?["options"] as JsonArray) ?? []).OfType<JsonObject>()
            .FirstOrDefault(o => ((string?)o["text"]?["text"])?.StartsWith(optionPrefix, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"No select '{placeholder}' with an option '{optionPrefix}…'.");
        return SendActionAsync(message, new JsonObject
        {
            ["type"] = "static_select", ["action_id"] = (string?)select!["action_id"], ["block_id"] = blockId,
            ["selected_option"] = option.DeepClone(), ["action_ts"] = "1700000001.0002",
        }, new JsonObject());
    }

    /// <summary>Ticks checkboxes by label (Slack sends nothing for ticks in this fake) and presses the submit button.</summary>
    public Task<FakeDelivery> SubmitTicksAsync(FakeMessage message, IReadOnlyList<string> labels, string submitLabel = "Submit")
    {
        var (boxes, blockId) = message.Elements().First(e => (string?)e.Element["type"] == "checkboxes");
        var selected = new JsonArray([.. ((JsonArray)boxes["options"]!).Where(o => labels.Contains((string?)o!["text"]!["text"])).Select(o => o!.DeepClone())]);
        var state = new JsonObject
        {
            [blockId!] = new JsonObject { [(string)boxes["action_id"]!] = new JsonObject { ["type"] = "checkboxes", ["selected_options"] = selected } },
        };
        var (button, buttonBlock) = message.Elements().First(e => (string?)e.Element["text"]?["text"] == submitLabel);
        var action = new JsonObject
        {
            ["type"] = "button", ["action_id"] = (string?)button["action_id"], ["block_id"] = buttonBlock,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = submitLabel },
        };
        return SendActionAsync(message, action, state);
    }

    public Task<FakeDelivery> SendActionAsync(FakeMessage message, JsonObject action, JsonObject stateValues) =>
        slack.SendEnvelopeAsync("interactive", new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = teamId },
            ["team"] = new JsonObject { ["id"] = teamId },
            ["enterprise"] = enterpriseId is null ? null : new JsonObject { ["id"] = enterpriseId },
            ["is_enterprise_install"] = enterpriseInstall,
            ["channel"] = new JsonObject { ["id"] = message.Channel },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel },
            ["message"] = new JsonObject { ["ts"] = message.Ts, ["text"] = message.Text },
            ["trigger_id"] = slack.NewTrigger(userId),
            ["actions"] = new JsonArray(action),
            ["state"] = new JsonObject { ["values"] = stateValues },
        }, Channel);

    public Task<FakeDelivery> SubmitViewAsync(FakeView view, string value)
    {
        var input = ((JsonArray)view.View["blocks"]!).OfType<JsonObject>().First(b => (string?)b["type"] == "input");
        var values = new JsonObject
        {
            [(string)input["block_id"]!] = new JsonObject
            {
                [(string)input["element"]!["action_id"]!] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value },
            },
        };
        return slack.SendEnvelopeAsync("interactive", new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = teamId },
            ["team"] = new JsonObject { ["id"] = teamId },
            ["enterprise"] = enterpriseId is null ? null : new JsonObject { ["id"] = enterpriseId },
            ["is_enterprise_install"] = enterpriseInstall,
            ["view"] = new JsonObject
            {
                ["id"] = view.Id, ["type"] = "modal", ["callback_id"] = (string?)view.View["callback_id"],
                ["private_metadata"] = (string?)view.View["private_metadata"], ["state"] = new JsonObject { ["values"] = values },
            },
        }, Channel);
    }

    /// <summary>The next message the bot posts in this student's DM (ephemeral ones excluded).</summary>
    public async Task<FakeMessage> NextMessageAsync(TimeSpan? timeout = null)
    {
        var index = _seenMessages;
        var message = await slack.WaitInChannelAsync(Channel, () => slack.MessageAt(Channel, index, ephemeral: false), timeout ?? DefaultWait,
            $"message #{index} in {Channel}");
        _seenMessages++;
        return message;
    }

    public async Task<FakeMessage> NextEphemeralAsync(TimeSpan? timeout = null)
    {
        var index = _seenEphemeral;
        var message = await slack.WaitInChannelAsync(Channel, () => slack.MessageAt(Channel, index, ephemeral: true), timeout ?? DefaultWait,
            $"ephemeral #{index} in {Channel}");
        _seenEphemeral++;
        return message;
    }

    public async Task<FakeView> NextViewAsync(TimeSpan? timeout = null)
    {
        var index = _seenViews;
        var view = await slack.WaitInChannelAsync(Channel, () => slack.ViewAt(Channel, index), timeout ?? DefaultWait, $"modal #{index} for {userId}");
        _seenViews++;
        return view;
    }

    /// <summary>Messages seen so far that are still unread: none means the bot has said nothing new.</summary>
    public int UnreadMessages => slack.Messages(Channel).Count(m => m.EphemeralUser is null) - _seenMessages;
}
