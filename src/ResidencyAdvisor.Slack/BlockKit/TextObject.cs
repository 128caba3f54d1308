namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>A Block Kit text object: plain_text or mrkdwn.</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Plain(string text) => new("plain_text", text);

    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
