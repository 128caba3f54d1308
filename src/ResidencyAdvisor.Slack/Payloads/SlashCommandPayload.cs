namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>A slash command such as /advise.</summary>
internal sealed class SlashCommandPayload
{
    public string? Command { get; set; }

    public string? Text { get; set; }

    public string? TeamId { get; set; }

    public string? EnterpriseId { get; set; }

    /// <summary>"true" when the command comes through an org-wide install (a form field, so a string).</summary>
    public string? IsEnterpriseInstall { get; set; }

    public string? UserId { get; set; }

    public string? ChannelId { get; set; }

    public string? TriggerId { get; set; }
}

/// <summary>The ack payload of a slash command: an ephemeral answer shown to the user at once.</summary>
internal sealed record SlashCommandResponsePayload(string ResponseType, string Text);

/// <summary>The ack payload of a view submission that keeps the modal open with field errors.</summary>
internal sealed record ViewErrorsResponsePayload(string ResponseAction, IReadOnlyDictionary<string, string> Errors);
