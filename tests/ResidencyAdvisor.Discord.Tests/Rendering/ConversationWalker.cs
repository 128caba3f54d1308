using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

/// <summary>Walks the real engine through a whole conversation for one kind of student, keeping every reply.</summary>
internal static class ConversationWalker
{
    public static readonly Dictionary<string, Dictionary<Step, string[]>> Profiles = new()
    {
        ["mid-range USMLE, dual"] = new()
        {
            [Step.Exam] = ["usmle"], [Step.Step2Score] = ["241"], [Step.ExamFailures] = ["0"], [Step.UsClinicalExperiences] = ["3"],
            [Step.UsRadiologyExperience] = ["yes"], [Step.RadiologyLetters] = ["1"], [Step.Reapplicant] = ["no"],
            [Step.YearsSinceGraduation] = ["1"], [Step.ContinuousClinicalWork] = ["yes"], [Step.Geography] = ["anywhere"],
            [Step.OpenToCommunityPrograms] = ["yes"], [Step.ComfortableWithUnmatchedRisk] = ["no"], [Step.WillingToDoExtraYear] = ["yes"],
            [Step.BackupInterests] = ["internal-medicine"], [Step.WouldNotPractice] = [],
        },
        ["high COMLEX, radiology only"] = new()
        {
            [Step.Exam] = ["comlex"], [Step.Step2Score] = ["720"], [Step.ExamFailures] = ["0"], [Step.UsClinicalExperiences] = ["8"],
            [Step.UsRadiologyExperience] = ["yes"], [Step.RadiologyLetters] = ["3"], [Step.Reapplicant] = ["no"],
            [Step.YearsSinceGraduation] = ["0"], [Step.ContinuousClinicalWork] = ["yes"], [Step.Geography] = ["anywhere"],
            [Step.OpenToCommunityPrograms] = ["yes"], [Step.ComfortableWithUnmatchedRisk] = ["yes"], [Step.WillingToDoExtraYear] = ["yes"],
            [Step.BackupInterests] = [], [Step.WouldNotPractice] = ["family-medicine"],
        },
        ["mid-range USMLE, dual, no interest named"] = new()
        {
            [Step.Exam] = ["usmle"], [Step.Step2Score] = ["240"], [Step.ExamFailures] = ["0"], [Step.UsClinicalExperiences] = ["3"],
            [Step.UsRadiologyExperience] = ["yes"], [Step.RadiologyLetters] = ["2"], [Step.Reapplicant] = ["no"],
            [Step.YearsSinceGraduation] = ["1"], [Step.ContinuousClinicalWork] = ["yes"], [Step.Geography] = ["anywhere"],
            [Step.OpenToCommunityPrograms] = ["yes"], [Step.ComfortableWithUnmatchedRisk] = ["yes"], [Step.WillingToDoExtraYear] = ["yes"],
            [Step.BackupInterests] = [], [Step.WouldNotPractice] = [],
        },
        ["score to come, reapplicant, long out of school"] = new()
        {
            [Step.Exam] = ["usmle"], [Step.Step2Score] = ["not-taken"], [Step.ExamFailures] = ["2"], [Step.UsClinicalExperiences] = ["0"],
            [Step.UsRadiologyExperience] = ["no"], [Step.RadiologyLetters] = ["0"], [Step.Reapplicant] = ["yes"], [Step.DualAppliedLastCycle] = ["yes"],
            [Step.YearsSinceGraduation] = ["9"], [Step.ContinuousClinicalWork] = ["no"], [Step.Geography] = ["specific-area"],
            [Step.OpenToCommunityPrograms] = ["no"], [Step.ComfortableWithUnmatchedRisk] = ["no"], [Step.WillingToDoExtraYear] = ["no"],
            [Step.BackupInterests] = ["internal-medicine", "family-medicine", "psychiatry", "neurology"], [Step.WouldNotPractice] = [],
        },
    };

    public static IEnumerable<object[]> ProfileNames() => Profiles.Keys.Select(k => new object[] { k });

    /// <summary>Every reply: each question (fresh, after an invalid number, after Back), the summary, the result, every section.</summary>
    public static async Task<List<Reply>> WalkAsync(string profileName)
    {
        var profile = Profiles[profileName];
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

            reply = await service.HandleAsync(key, UserInput.Answer(step, profile[step], reply.SessionId, reply.Turn), default);
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

        return replies;
    }
}
