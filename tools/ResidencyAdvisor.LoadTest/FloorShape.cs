using System.Globalization;
using System.Text;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// How the floor probe is driven: as the discord scenario drives the bot (gateway dispatches, 36 a student, a pause
/// after each) or as the slack scenario does (Socket Mode envelopes, each acked on the socket, 20 a student).
/// </summary>
internal sealed class FloorShape
{
    /// <summary>The discord scenario's 2 conversations of 18 actions; the probe's reply URL names the event.</summary>
    public static FloorShape Discord { get; } = new()
    {
        Name = "discord",
        Actions = 36,
        User = i => "user-" + i.ToString(CultureInfo.InvariantCulture),
        Frame = DiscordFrame,
        ReplyKey = (id, _) => id,
    };

    /// <summary>
    /// The slack scenario's student: "hi" and answers through to the interview answers, 20 envelopes. It thinks before
    /// each, except the three number answers it submits as soon as their modal opens (StudentScript.AnswerAsync), which
    /// are envelopes 3, 6 and 11. The probe's chat.postMessage names the student's DM channel.
    /// </summary>
    public static FloorShape Slack { get; } = new()
    {
        Name = "slack",
        Actions = 20,
        User = i => "U" + i.ToString("D5", CultureInfo.InvariantCulture),
        Frame = SlackFrame,
        ReplyKey = (_, user) => "D" + user,
        Acks = true,
        PausesBefore = action => action is not (3 or 6 or 11),
    };

    public required string Name { get; init; }

    /// <summary>The actions a student takes unless --actions says otherwise.</summary>
    public required int Actions { get; init; }

    public required Func<int, string> User { get; init; }

    /// <summary>The frame for event id and user.</summary>
    public required Func<string, string, byte[]> Frame { get; init; }

    /// <summary>What the peer files the reply to event id of user under: what the reply itself names.</summary>
    public required Func<string, string, string> ReplyKey { get; init; }

    /// <summary>Whether the probe acks each event on the socket (Socket Mode) before answering it.</summary>
    public bool Acks { get; init; }

    /// <summary>Whether a student pauses before action i; one that does not pauses after each action instead.</summary>
    public Func<int, bool>? PausesBefore { get; init; }

    /// <summary>A gateway dispatch about the size of an INTERACTION_CREATE for a button click.</summary>
    private static byte[] DiscordFrame(string id, string user) => Encoding.UTF8.GetBytes(
        $"{{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"s\":{id},\"d\":{{\"id\":\"{id}\",\"user\":\"{user}\",\"data\":\"{new string('x', 1000)}\"}}}}");

    /// <summary>A Socket Mode envelope of a block_actions button click, with the fields the fake Slack sends, about 1.2 KB.</summary>
    private static byte[] SlackFrame(string id, string user) => Encoding.UTF8.GetBytes(
        $"{{\"envelope_id\":\"{id}\",\"type\":\"interactive\",\"payload\":{{\"type\":\"block_actions\",\"user\":{{\"id\":\"{user}\",\"team_id\":\"T0FAKE\"}},"
        + $"\"team\":{{\"id\":\"T0FAKE\"}},\"enterprise\":null,\"is_enterprise_install\":false,\"channel\":{{\"id\":\"D{user}\"}},"
        + $"\"container\":{{\"type\":\"message\",\"message_ts\":\"1700000000.{id}\",\"channel_id\":\"D{user}\"}},"
        + $"\"message\":{{\"ts\":\"1700000000.{id}\",\"text\":\"{new string('x', 600)}\"}},\"trigger_id\":\"trigger-{id}\","
        + "\"actions\":[{\"type\":\"button\",\"action_id\":\"answer\",\"block_id\":\"question\",\"text\":{\"type\":\"plain_text\",\"text\":\"Yes\"},"
        + "\"value\":\"yes\",\"action_ts\":\"1700000001.0001\"}],\"state\":{\"values\":{}}},"
        + "\"accepts_response_payload\":true,\"retry_attempt\":0,\"retry_reason\":\"\"}");
}
