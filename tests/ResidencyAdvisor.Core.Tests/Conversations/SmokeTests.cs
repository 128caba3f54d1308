using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class SmokeTests
{
    [Fact]
    public async Task A_typed_conversation_reaches_a_recommendation()
    {
        var time = new FakeTimeProvider();
        var service = new ConversationService(new InMemoryConversationStore(time, TimeSpan.FromDays(30)), new ConversationEngine(TestContent.Content), time);
        var key = new ConversationKey("test", "dm", "u1");
        var reply = await service.HandleAsync(key, UserInput.Start(), default);
        foreach (var text in new[] { "usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "internal medicine", "none", "0" })
        {
            reply = await service.HandleAsync(key, UserInput.Text(text), default);
            Assert.DoesNotContain(reply.Notices, n => n.Kind == NoticeKind.InvalidAnswer);
        }

        var result = Assert.IsType<ResultView>(reply.View);
        Assert.Contains("internal medicine", result.Report.AreYouDualApplying);
    }
}
