using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

/// <summary>Walks the real engine through a whole conversation for one kind of student, keeping every reply.</summary>
internal static class ConversationWalker
{
    /// <summary>Every named student of <see cref="StudentAnswers"/>, by name, for theories.</summary>
    public static IEnumerable<object[]> ProfileNames() => StudentAnswers.All.Select(s => new object[] { s.Name });

    /// <summary>
    /// Every reply: each question (fresh, after an invalid number, after Back), the summary, the result, every section,
    /// and the season's checklist (before and after a tick), what's next and the plan.
    /// </summary>
    public static async Task<List<Reply>> WalkAsync(string profileName)
    {
        var student = StudentAnswers.All.Single(s => s.Name == profileName);
        var service = new TurnHandler(new InMemoryConversationStore(), new ConversationEngine(TestContent.Content), TimeProvider.System);
        var key = new ConversationKey("discord", "dm", "1");
        var reply = await service.HandleAsync(key, UserInput.Start(), default);
        var replies = new List<Reply> { reply };
        for (var i = 0; i < 40 && reply.View is QuestionView question; i++)
        {
            var step = question.Prompt.Step;
            if (question.Prompt.Kind == PromptKind.Number)
            {
                replies.Add(await service.HandleAsync(key, UserInput.Answer(step, ["abc"], reply.SessionId, reply.Turn), default));
            }

            reply = await service.HandleAsync(key, UserInput.Answer(step, [.. student.For(step)], reply.SessionId, reply.Turn), default);
            replies.Add(reply);
            if (i == 3)
            {
                replies.Add(reply = await service.HandleAsync(key, UserInput.Command(InputKind.Back, reply.SessionId, reply.Turn), default));
            }
        }

        Assert.IsType<SummaryView>(reply.View);
        reply = await service.HandleAsync(key, UserInput.Command(InputKind.Confirm, reply.SessionId, reply.Turn), default);
        replies.Add(reply);
        foreach (var section in GuidanceSectionIds.All)
        {
            replies.Add(await service.HandleAsync(key, UserInput.OpenSection(section, reply.SessionId, reply.Turn), default));
        }

        // The season: the checklist before and after a tick (which moves the turn on), what comes next, and the plan.
        replies.Add(reply = await service.HandleAsync(key, UserInput.Command(InputKind.Checklist, reply.SessionId, reply.Turn), default));
        replies.Add(reply = await service.HandleAsync(key, new UserInput(InputKind.TickTask, ["1"], null, reply.SessionId, reply.Turn), default));
        replies.Add(await service.HandleAsync(key, UserInput.Command(InputKind.WhatsNext, reply.SessionId, reply.Turn), default));
        replies.Add(await service.HandleAsync(key, UserInput.Command(InputKind.Plan, reply.SessionId, reply.Turn), default));
        return replies;
    }
}
