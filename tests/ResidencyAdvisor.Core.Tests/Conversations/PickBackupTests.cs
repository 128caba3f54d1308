using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

/// <summary>A dual applicant who named no backup interest picks the backup to prepare for on the result.</summary>
public class PickBackupTests
{
    private static async Task<TestChat> AtResultWithoutInterestAsync()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "240", "0", "3", "yes", "2", "no", "1", "anywhere", "yes", "yes", "yes", "none", "family medicine"]);
        await chat.CommandAsync(InputKind.Confirm);
        return chat;
    }

    private static AdviceReport Report(TestChat chat) => Assert.IsType<ResultView>(chat.Last.View).Report;

    [Fact]
    public async Task The_result_offers_the_ranked_backups_left_open_and_speaks_conditionally_until_one_is_picked()
    {
        var chat = await AtResultWithoutInterestAsync();
        var report = Report(chat);
        Assert.Equal([SpecialtyId.InternalMedicine, SpecialtyId.Psychiatry, SpecialtyId.Neurology], report.BackupToPrepare);
        Assert.Contains("say only what is true for you", report.AreYouDualApplying);
    }

    [Fact]
    public async Task Picking_psychiatry_prepares_psychiatry_in_the_students_name()
    {
        var chat = await AtResultWithoutInterestAsync();
        await chat.SendAsync(UserInput.Answer(Step.BackupInterests, ["psychiatry"], chat.Last.SessionId, chat.Last.Turn));

        var report = Report(chat);
        Assert.Equal("Dual apply: diagnostic radiology plus psychiatry", report.Headline);
        Assert.Contains("I am genuinely interested in psychiatry", report.AreYouDualApplying);
        Assert.Empty(report.BackupToPrepare);
    }

    [Fact]
    public async Task Typing_a_backup_s_name_on_the_result_picks_it()
    {
        var chat = await AtResultWithoutInterestAsync();
        await chat.TypeAsync("Neurology");
        Assert.Equal("Dual apply: diagnostic radiology plus neurology", Report(chat).Headline);
    }

    [Fact]
    public async Task A_ruled_out_field_or_an_old_button_cannot_be_picked()
    {
        var chat = await AtResultWithoutInterestAsync();
        var (session, turn) = (chat.Last.SessionId, chat.Last.Turn);
        await chat.SendAsync(UserInput.Answer(Step.BackupInterests, ["family-medicine"], session, turn));
        Assert.True(chat.Last.Has(NoticeKind.OutOfDate));
        Assert.Equal("Dual apply: diagnostic radiology plus internal medicine", Report(chat).Headline);

        await chat.SendAsync(UserInput.Answer(Step.BackupInterests, ["psychiatry"], session, turn));
        await chat.SendAsync(UserInput.Answer(Step.BackupInterests, ["neurology"], session, turn));
        Assert.Equal("Dual apply: diagnostic radiology plus psychiatry", Report(chat).Headline);
    }
}
