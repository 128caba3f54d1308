namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Who a conversation belongs to: platform, workspace or guild ("dm" outside one), and platform user id.</summary>
public sealed record ConversationKey(string Platform, string Scope, string UserId)
{
    /// <summary>A stable storage key such as "discord:1234:5678".</summary>
    public override string ToString() => $"{Platform}:{Scope}:{UserId}";

    /// <summary>
    /// Reads back a key <see cref="ToString"/> wrote, found by its platform and user: the scope is what lies between
    /// those known ends, since a scope may itself hold a ':'.
    /// </summary>
    public static ConversationKey FromStored(string stored, string platform, string userId) =>
        new(platform, stored[(platform.Length + 1)..^(userId.Length + 1)], userId);
}
