using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>A call with no arguments (auth.test, apps.connections.open).</summary>
internal sealed record EmptyRequestPayload;

/// <summary>chat.postMessage.</summary>
internal sealed record PostMessageRequestPayload(string Channel, string Text, IReadOnlyList<Block>? Blocks);

/// <summary>chat.update; blocks replace the old ones, an empty list removes them.</summary>
internal sealed record UpdateMessageRequestPayload(string Channel, string Ts, string Text, IReadOnlyList<Block> Blocks);

/// <summary>chat.postEphemeral: seen only by one user.</summary>
internal sealed record PostEphemeralRequestPayload(string Channel, string User, string Text);

/// <summary>conversations.open with one user id: the bot's DM with them.</summary>
internal sealed record ConversationsOpenRequestPayload(string Users);

/// <summary>views.open with a trigger_id that expires three seconds after the click.</summary>
internal sealed record ViewsOpenRequestPayload(string TriggerId, ModalView View);
