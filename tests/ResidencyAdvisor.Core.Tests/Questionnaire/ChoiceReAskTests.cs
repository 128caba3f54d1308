using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

/// <summary>What a student reads when a choice is refused, and how a typed number finds its choice.</summary>
public class ChoiceReAskTests
{
    private static readonly string[] ToRisk = ["usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes"];

    [Fact]
    public async Task Labels_holding_commas_are_quoted_in_the_re_ask_so_each_choice_reads_as_one()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(ToRisk);

        await chat.TypeAsync("maybe");

        Assert.Equal(Step.ComfortableWithUnmatchedRisk, chat.Prompt.Step);
        Assert.Equal("Please choose \"Yes, I can accept that risk\" or \"No, I want a safety net\".", Assert.Single(chat.Last.Notices).Text);
    }

    [Fact]
    public async Task A_choice_of_three_is_re_asked_as_a_quoted_list_ending_in_or()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(ToRisk[..^2]);

        await chat.TypeAsync("Europe");

        Assert.Equal("Please choose \"Anywhere in the US\", \"Preferred regions\" or \"One specific area\".", Assert.Single(chat.Last.Notices).Text);
    }

    [Fact]
    public async Task An_unrecognised_specialty_is_re_asked_with_the_offered_labels_quoted()
    {
        var chat = await AtWouldNotPracticeAsync("1");

        await chat.TypeAsync("dermatology");

        Assert.Equal(
            "I didn't recognise \"dermatology\". Choose any of: \"Family medicine\", \"Psychiatry\", \"Neurology\" (separate them with commas), or \"none\".",
            Assert.Single(chat.Last.Notices).Text);
    }

    [Fact]
    public async Task Would_not_practice_lists_every_specialty_in_its_interest_number_with_the_chosen_one_unavailable()
    {
        var chat = await AtWouldNotPracticeAsync("1,3");

        Assert.Equal(
        [
            ("Internal medicine", "already chosen in question 13 (Backup interests)"),
            ("Family medicine", null),
            ("Psychiatry", "already chosen in question 13 (Backup interests)"),
            ("Neurology", null),
        ], chat.Prompt.Listed.Select(l => (l.Choice.Label, l.NotOfferedBecause)));
        Assert.Equal(["family-medicine", "neurology"], chat.Prompt.Choices.Select(c => c.Id));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("internal medicine")]
    [InlineData("2,1")]
    public async Task Typing_a_specialty_chosen_as_an_interest_is_refused_with_the_reason_and_asked_again(string typed)
    {
        var chat = await AtWouldNotPracticeAsync("1");

        await chat.TypeAsync(typed);

        Assert.Equal(Step.WouldNotPractice, chat.Prompt.Step);
        Assert.Equal(
            "Internal medicine is already chosen in question 13 (Backup interests), so it is not offered here. "
            + "Choose any of: \"Family medicine\", \"Psychiatry\", \"Neurology\" (separate them with commas), or \"none\".",
            Assert.Single(chat.Last.Notices).Text);
    }

    [Fact]
    public async Task A_number_keeps_its_meaning_from_backup_interests_to_would_not_practice()
    {
        var chat = await AtWouldNotPracticeAsync("1");

        await chat.TypeAsync("2");

        var answers = (await chat.Store.LoadAsync(chat.Key, default))!.Answers;
        Assert.Equal([SpecialtyId.InternalMedicine], answers.BackupInterests);
        Assert.Equal([SpecialtyId.FamilyMedicine], answers.WouldNotPractice);
    }

    [Fact]
    public async Task With_every_specialty_chosen_as_an_interest_only_none_is_left_and_the_re_ask_says_so()
    {
        var chat = await AtWouldNotPracticeAsync("1,2,3,4");

        await chat.TypeAsync("4");

        Assert.Empty(chat.Prompt.Choices);
        Assert.Equal(
            "Neurology is already chosen in question 13 (Backup interests), so it is not offered here. Nothing else is left to choose here: type \"none\".",
            Assert.Single(chat.Last.Notices).Text);
    }

    private static async Task<TestChat> AtWouldNotPracticeAsync(string interests)
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync([.. StudentAnswers.MidRangeDualApply.Typed[..^2], interests]);
        Assert.Equal(Step.WouldNotPractice, chat.Prompt.Step);
        return chat;
    }
}
