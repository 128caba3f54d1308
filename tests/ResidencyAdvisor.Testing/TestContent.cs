using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Testing;

/// <summary>The real content from config/ (which every test project copies beside its binaries), loaded once for all tests.</summary>
public static class TestContent
{
    private static readonly Lazy<AdvisorContent> Loaded = new(() => AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config")));

    public static AdvisorContent Content => Loaded.Value;

    /// <summary>The content of a copy of config/ with some words replaced, as a non-programmer would edit it.</summary>
    public static AdvisorContent Reworded(params (string File, string Find, string Replace)[] edits)
    {
        using var copy = ConfigCopy.Of(edits);
        return AdvisorContent.Load(copy.Path);
    }

    /// <summary>A conversation engine over the real content.</summary>
    public static ConversationEngine Engine() => new(Content);

    /// <summary>The step of the question titled <paramref name="title"/> in config/questions.json, as a student reads it on screen.</summary>
    public static Step StepTitled(string title) =>
        QuestionTable.Standard.Steps.FirstOrDefault(step => Content.Questions.TextFor(step).Title == title) is { IsQuestion: true } found
            ? found
            : throw new InvalidOperationException($"No question is titled \"{title}\".");

    /// <summary>The label a student reads for <paramref name="choiceId"/> of <paramref name="step"/>.</summary>
    public static string Label(Step step, string choiceId) => Content.Questions.Label(step, choiceId);

    /// <summary>Every reply along the way when a student types <paramref name="answers"/>, from the first question on.</summary>
    public static async Task<List<Reply>> WalkAsync(IEnumerable<string> answers)
    {
        var time = new FakeTimeProvider();
        var service = new TurnHandler(new InMemoryConversationStore(time, TimeSpan.FromDays(1)), Engine(), time);
        var key = new ConversationKey("test", "T1", "U1");
        var replies = new List<Reply> { await service.HandleAsync(key, UserInput.Start(), default) };
        foreach (var answer in answers)
        {
            replies.Add(await service.HandleAsync(key, UserInput.Text(answer), default));
        }

        return replies;
    }
}
