namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Who a conversation belongs to: platform, workspace or guild ("dm" outside one), and platform user id.</summary>
public sealed record ConversationKey(string Platform, string Scope, string UserId)
{
    /// <summary>A stable storage key such as "discord:1234:5678".</summary>
    public override string ToString() => $"{Platform}:{Scope}:{UserId}";
}
