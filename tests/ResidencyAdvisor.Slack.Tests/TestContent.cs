using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Slack.Tests;

/// <summary>The real content from config/, and replies produced by walking the real questionnaire.</summary>
internal static class TestContent
{
    private static readonly Lazy<AdvisorContent> Loaded = new(() => AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config")));

    public static AdvisorContent Content => Loaded.Value;

    /// <summary>Typed answers reaching a dual-apply result (interested in internal medicine).</summary>
    public static readonly string[] DualApply = ["usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "internal medicine", "none", "0"];

    /// <summary>Typed answers reaching a radiology-only result.</summary>
    public static readonly string[] RadiologyOnly = ["usmle", "265", "0", "6", "yes", "3", "no", "0", "anywhere", "yes", "yes", "yes", "none", "none", "0"];

    /// <summary>Every reply along the way, from the first question to the result.</summary>
    public static async Task<List<Reply>> WalkAsync(IEnumerable<string> answers)
    {
        var time = new FakeTimeProvider();
        var service = new TurnHandler(new InMemoryConversationStore(time, TimeSpan.FromDays(1)), new ConversationEngine(Content), time);
        var key = new ConversationKey("slack", "T1", "U1");
        var replies = new List<Reply> { await service.HandleAsync(key, UserInput.Start(), default) };
        foreach (var answer in answers)
        {
            replies.Add(await service.HandleAsync(key, UserInput.Text(answer), default));
        }

        return replies;
    }
}
