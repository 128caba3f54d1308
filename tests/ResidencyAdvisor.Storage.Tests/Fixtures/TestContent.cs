using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Tests.Fixtures;

/// <summary>The real content from config/, loaded once, and the answers of one whole conversation.</summary>
internal static class TestContent
{
    private static readonly Lazy<AdvisorContent> Loaded = new(() => AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config")));

    /// <summary>Typed answers from the first question to the confirmed summary (the last "0").</summary>
    public static readonly IReadOnlyList<string> WholeConversation =
        ["usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "internal medicine", "none", "0"];

    public static AdvisorContent Content => Loaded.Value;

    public static ConversationEngine Engine() => new(Content);
}
