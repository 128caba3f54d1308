using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>What a student reads on the console: stable numbers, one progress total, re-asks that can be parsed.</summary>
public class ConsoleQuestionTextTests
{

    /// <summary>Mid-range, one year since graduation, up to the backup-interests question.</summary>
    private static readonly string[] ToInterests = StudentAnswers.MidRangeDualApply.Typed[..^2];

    [Fact]
    public async Task Would_not_practice_keeps_each_specialty_s_number_and_shows_the_interest_as_already_chosen()
    {
        var stdout = await ChatAsync([.. ToInterests, "1"]);

        var wouldNot = stdout[stdout.IndexOf("Question 14 of 14 · Would not practice", StringComparison.Ordinal)..];
        Assert.Contains(
            "  1) Internal medicine — already chosen in question 13 (Backup interests)\n  2) Family medicine\n  3) Psychiatry\n  4) Neurology\n  0) None of these\n"
            + "Type one or more numbers separated by commas (for example 2,4), or 0.\n",
            Lines(wouldNot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_habitual_1_in_would_not_practice_is_refused_with_the_reason_and_2_rules_out_family_medicine()
    {
        var stdout = Lines(await ChatAsync([.. ToInterests, "1", "1", "2"]));

        Assert.Contains(
            "» Internal medicine is already chosen in question 13 (Backup interests), so it is not offered here. "
            + "Choose any of: \"Family medicine\", \"Psychiatry\", \"Neurology\" (separate them with commas), or \"none\".\n",
            stdout, StringComparison.Ordinal);
        Assert.Contains("  13) Backup interests: Internal medicine\n  14) Would not practice: Family medicine\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clinical_work_follow_up_is_question_8a_and_the_total_stays_14()
    {
        var stdout = await ChatAsync("usmle", "241", "0", "3", "yes", "1", "no", "3", "no", "1");

        Assert.Contains("Question 3 of 14 · Exam failures", stdout, StringComparison.Ordinal);
        Assert.Contains("Question 8 of 14 · Years since graduation", stdout, StringComparison.Ordinal);
        Assert.Contains("Question 8a of 14 · Continuous clinical work", stdout, StringComparison.Ordinal);
        Assert.Contains("Question 9 of 14 · Geography", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("of 15", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_choices_with_commas_are_re_asked_in_quotes()
    {
        var stdout = await ChatAsync([.. ToInterests[..^2], "maybe"]);

        Assert.Contains("» Please choose \"Yes, I can accept that risk\" or \"No, I want a safety net\".", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_error_names_3_or_more()
    {
        var stdout = await ChatAsync("usmle", "241", "lots");

        Assert.Contains("» Please enter a whole number from 0 to 10, or \"3 or more\".", stdout, StringComparison.Ordinal);
        Assert.Contains("Type 0, 1, 2 or \"3 or more\", or the exact number up to 10.", stdout, StringComparison.Ordinal);
    }

    private static Task<string> ChatAsync(params string[] lines) =>
        ConsoleTranscript.ChatAsync(TestContent.Content, new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(1)), lines);

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
