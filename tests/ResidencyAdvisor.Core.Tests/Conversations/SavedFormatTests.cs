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
}
