using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>The season companion in the console chat: the plan file, the checklist and what comes next.</summary>
public sealed class ConsoleSeasonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ra-plan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Plan_writes_the_markdown_advice_with_the_checklist_and_never_overwrites_a_file()
    {
        var student = StudentAnswers.MidRangeDualApply;
        File.WriteAllText(Path.Combine(_dir, "residency-plan.md"), "my own notes");

        var transcript = await ConsoleTranscript.ChatInAsync(_dir, TestContent.Content, new InMemoryConversationStore(),
            [.. student.TypedAndConfirmed, "done 1", "plan", "quit"]);

        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(_dir, "residency-plan.md")));
        var written = Path.Combine(_dir, "residency-plan-2.md");
        Assert.Contains($"Your plan is in {written} (1 of ", transcript, StringComparison.Ordinal);
        var plan = File.ReadAllText(written);
        var report = new AdviceComposer(TestContent.Content.Guidance).Compose(student.Profile());
        Assert.StartsWith(AdviceMarkdown.Write(report), plan, StringComparison.Ordinal);
        Assert.Contains("1. [x] ", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_and_whats_next_are_shown_and_reminders_say_they_are_not_available_yet()
    {
        var transcript = await ConsoleTranscript.ChatInAsync(_dir, TestContent.Content, new InMemoryConversationStore(),
            [.. StudentAnswers.MidRangeDualApply.TypedAndConfirmed, "checklist", "what's next", "reminders on", "quit"]);

        Assert.Contains("Your checklist: 0 of ", transcript, StringComparison.Ordinal);
        Assert.Contains("1. [ ] ", transcript, StringComparison.Ordinal);
        Assert.Contains("Coming up in the 2027 Main Residency Match", transcript, StringComparison.Ordinal);
        Assert.Contains("Rank order list certification deadline (NRMP): not published yet (check https://www.nrmp.org/match-calendars/)", transcript, StringComparison.Ordinal);
        Assert.Contains("I can't send reminders here yet, so nothing was turned on.", transcript, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
