using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class SavedFormatTests
{
    // Written by the release before the question table, for a student on the result.
    private const string SavedBeforeTheTable =
        "{\"qv\":1,\"sid\":\"abc\",\"turn\":16,\"step\":\"done\",\"c\":1790000000,\"u\":1790000600,\"a\":{\"exam\":\"comlex\",\"scoreSet\":true,"
        + "\"fail\":1,\"clin\":2,\"radx\":true,\"lett\":0,\"reap\":false,\"yrs\":4,\"cont\":false,\"geo\":\"preferred-regions\",\"comm\":true,"
        + "\"risk\":false,\"extra\":true,\"int\":[\"psychiatry\",\"neurology\"],\"not\":[\"family-medicine\"]}}";

    [Fact]
    public void A_conversation_saved_by_the_previous_release_is_read_and_written_back_unchanged()
    {
        var state = ConversationStateSerializer.Deserialize(Encoding.UTF8.GetBytes(SavedBeforeTheTable), 7);

        var profile = StudentProfile.From(state.Answers);
        Assert.NotNull(profile);
        Assert.Equal((ExamKind.Comlex, (int?)null, 4, false), (profile.Exam, profile.Step2Score, profile.YearsSinceGraduation, profile.ContinuousClinicalWork));
        Assert.Equal(GeographyPreference.PreferredRegions, profile.Geography);
        Assert.Equal([SpecialtyId.Psychiatry, SpecialtyId.Neurology], profile.BackupInterests);
        Assert.Equal(SavedBeforeTheTable, Encoding.UTF8.GetString(ConversationStateSerializer.Serialize(state)));
    }

    [Theory]
    [InlineData("\"geo\":\"preferred-regions\"", "\"geo\":\"moon\"")]
    [InlineData("\"lett\":0", "\"lett\":-1")]
    [InlineData("\"lett\":0", "\"lett\":\"none\"")]
    [InlineData("\"int\":[\"psychiatry\",\"neurology\"]", "\"int\":[\"dermatology\"]")]
    public void A_saved_answer_its_question_cannot_hold_makes_the_conversation_corrupt(string find, string replace)
    {
        var saved = Encoding.UTF8.GetBytes(SavedBeforeTheTable.Replace(find, replace, StringComparison.Ordinal));
        Assert.Throws<CorruptConversationException>(() => ConversationStateSerializer.Deserialize(saved, 1));
    }

    // Written by the release before the serializer wrote its JSON directly: every optional part present.
    private const string SavedWithEveryPart =
        "{\"qv\":2,\"sid\":\"k3J9xQ\",\"turn\":21,\"step\":\"would-not-practice\",\"edit\":true,\"pause\":true,\"c\":1796115600,\"u\":1796118120,"
        + "\"a\":{\"exam\":\"usmle\",\"scoreSet\":true,\"score\":247,\"fail\":3,\"failOrMore\":true,\"clin\":0,\"radx\":true,\"reap\":false,\"int\":[\"internal-medicine\",\"psychiatry\"],\"not\":[]},\"done\":[\"eras-opens\",\"signals\"],\"tz\":\"America/Los_Angeles\",\"dates\":{\"signals\":\"2027-01-15\",\"eras-opens\":\"2026-12-31\"}}";

    [Fact]
    public void A_conversation_with_every_optional_part_is_written_exactly_as_the_previous_release_wrote_it()
    {
        var state = ConversationState.Start(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "k3J9xQ");
        state.Turn = 21;
        state.Step = Step.WouldNotPractice;
        state.Editing = true;
        state.Paused = true;
        state.UpdatedAt = state.CreatedAt.AddMinutes(42);
        state.Answers.Exam = ExamKind.Usmle;
        state.Answers.Step2Score = 247;
        state.Answers[Step.ExamFailures] = AnswerValue.AtLeast(3);
        state.Answers.UsClinicalExperiences = 0;
        state.Answers.UsRadiologyExperience = true;
        state.Answers.Reapplicant = false;
        state.Answers.BackupInterests = [SpecialtyId.InternalMedicine, SpecialtyId.Psychiatry];
        state.Answers.WouldNotPractice = [];
        state.DoneTasks.UnionWith(["signals", "eras-opens"]);
        state.TimeZoneId = "America/Los_Angeles";
        state.TaskDates["signals"] = new DateOnly(2027, 1, 15);
        state.TaskDates["eras-opens"] = new DateOnly(2026, 12, 31);

        var written = Encoding.UTF8.GetString(ConversationStateSerializer.Serialize(state));

        Assert.Equal(SavedWithEveryPart, written);
        Assert.Equal(written, Encoding.UTF8.GetString(ConversationStateSerializer.Serialize(ConversationStateSerializer.Deserialize(Encoding.UTF8.GetBytes(written), 1))));
    }
}
