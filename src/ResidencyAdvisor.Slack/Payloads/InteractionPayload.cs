namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>A block_actions or view_submission payload.</summary>
internal sealed class InteractionPayload
{
    public string? Type { get; set; }

    public string? TriggerId { get; set; }

    public IdPayload? User { get; set; }

    public IdPayload? Team { get; set; }

    public IdPayload? Enterprise { get; set; }

    public bool IsEnterpriseInstall { get; set; }

    public IdPayload? Channel { get; set; }

    public ContainerPayload? Container { get; set; }

    public InteractionMessagePayload? Message { get; set; }

    public IReadOnlyList<ActionPayload>? Actions { get; set; }

    public StatePayload? State { get; set; }

    public ViewPayload? View { get; set; }
}

/// <summary>Something with an id (user, team, channel).</summary>
internal sealed class IdPayload
{
    public string? Id { get; set; }

    public string? TeamId { get; set; }
}

/// <summary>Where the clicked element lives.</summary>
internal sealed class ContainerPayload
{
    public string? MessageTs { get; set; }

    public string? ChannelId { get; set; }
}

/// <summary>The clicked message as Slack holds it.</summary>
internal sealed class InteractionMessagePayload
{
    public string? Ts { get; set; }

    public string? Text { get; set; }
}

/// <summary>One action: a click, a selection.</summary>
internal sealed class ActionPayload
{
    public string? ActionId { get; set; }

    public string? BlockId { get; set; }

    public string? Value { get; set; }

    public TextPayload? Text { get; set; }

    public OptionPayload? SelectedOption { get; set; }
}

/// <summary>A text object as received.</summary>
internal sealed class TextPayload
{
    public string? Text { get; set; }
}

/// <summary>An option as received.</summary>
internal sealed class OptionPayload
{
    public TextPayload? Text { get; set; }

    public string? Value { get; set; }
}

/// <summary>Current values of a message's or view's inputs: block_id → action_id → value.</summary>
internal sealed class StatePayload
{
    public Dictionary<string, Dictionary<string, StateValuePayload>>? Values { get; set; }
}

/// <summary>One input's value.</summary>
internal sealed class StateValuePayload
{
    public string? Value { get; set; }

    public IReadOnlyList<OptionPayload>? SelectedOptions { get; set; }
}

/// <summary>A submitted view.</summary>
internal sealed class ViewPayload
{
    public string? Id { get; set; }

    public string? CallbackId { get; set; }

    public string? PrivateMetadata { get; set; }

    public StatePayload? State { get; set; }
}
