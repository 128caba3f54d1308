using System.Text;
using ResidencyAdvisor.Core.Conversations.Persistence;

namespace ResidencyAdvisor.Core.Tests.Season;

public class TickPersistenceTests
{
    [Fact]
    public void Ticked_tasks_are_saved_with_the_conversation_and_read_back()
    {
        var state = ConversationState.Start(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), "s1");
        state.DoneTasks.Add("statement.radiology");
        state.DoneTasks.Add("pgy1.apply");

        var bytes = ConversationStateSerializer.Serialize(state);
        var loaded = ConversationStateSerializer.Deserialize(bytes, 3);

        Assert.Equal(["pgy1.apply", "statement.radiology"], loaded.DoneTasks.Order(StringComparer.Ordinal));
        Assert.Contains("\"done\":[\"pgy1.apply\",\"statement.radiology\"]", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversation_saved_before_checklists_existed_loads_with_nothing_ticked_and_saves_no_done_field()
    {
        var state = ConversationState.Start(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), "s1");
        var bytes = ConversationStateSerializer.Serialize(state);

        Assert.DoesNotContain("done", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Empty(ConversationStateSerializer.Deserialize(bytes, 1).DoneTasks);
    }
}
