using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Discord.Tests.Season;

/// <summary>
/// The plan Core writes for the answers and ticks a conversation has saved, with no Discord in between: what the file
/// the student received must equal byte for byte. Read from the store, since a count's quick pick ("3 or more") is
/// recorded as the pick rather than the number a script would send.
/// </summary>
internal static class ExpectedPlan
{
    public static async Task<(byte[] Bytes, AdviceReport Report)> ForAsync(IConversationStore store, ConversationKey key)
    {
        var state = await store.LoadAsync(key, default) ?? throw new InvalidOperationException("nothing saved for " + key);
        var engine = new ConversationEngine(TestContent.Content);
        var plan = Assert.IsType<PlanView>(engine.Apply(state, UserInput.Command(InputKind.Plan)).Reply.View);
        var report = Assert.IsType<ResultView>(engine.Apply(state, UserInput.Command(InputKind.ShowResult)).Reply.View).Report;
        return (Encoding.UTF8.GetBytes(plan.Markdown), report);
    }
}
