using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Tests.Interactions;

public class PromptMessagesTests
{
    [Fact]
    public void The_remembered_questions_never_grow_past_the_bound()
    {
        var prompts = new PromptMessages();
        for (var i = 0; i < PromptMessages.MaxEntries + 10; i++)
        {
            prompts.Remember("slack:T:U" + i, new PostedPrompt("D" + i, "1.0", "Question 1 of 14: exam", "s", 0));
        }

        Assert.InRange(prompts.Count, 1, PromptMessages.MaxEntries);
        Assert.NotNull(prompts.Find("slack:T:U" + (PromptMessages.MaxEntries + 9)));
    }
}
