using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Host.Cli;
using ResidencyAdvisor.Host.ConsoleChat;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>A question added only to a table (and its wording) is asked on the console, read from an answers file and kept in storage.</summary>
public class NewQuestionTests
{
    private static readonly string MidRange = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Answers", "mid-range.json"));

    [Fact]
    public async Task A_question_added_to_the_table_is_asked_on_the_console_checked_and_shown_in_the_summary()
    {
        var store = new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(1), ResearchQuestion.Table);
        var stdout = await ChatAsync(store, "usmle", "241", "0", "3", "yes", "1", "31", "4", "no", "1", "1", "yes", "no", "yes", "1", "0");

        Assert.Contains("Question 7 of 15 · Research publications", stdout);
        Assert.Contains("How many research publications (papers, abstracts, posters) do you have? Enter a whole number from 0 to 30.", stdout);
        Assert.Contains("» Please enter a whole number from 0 to 30.", stdout);
        Assert.Contains("Question 8 of 15 · Reapplicant", stdout);
        Assert.Contains("  7) Research publications: 4", stdout);
    }

    [Fact]
    public async Task The_new_answer_is_saved_under_its_saved_name_and_read_back()
    {
        var store = new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(1), ResearchQuestion.Table);
        await ChatAsync(store, "usmle", "241", "0", "3", "yes", "1", "4");
        var state = (await store.LoadAsync(ConsoleChatService.Key, default))!;
        Assert.Equal(Step.Reapplicant, state.Step);

        var saved = ConversationStateSerializer.Serialize(state, ResearchQuestion.Table);
        Assert.Contains("\"pubs\":4", Encoding.UTF8.GetString(saved));
        var loaded = ConversationStateSerializer.Deserialize(saved, state.Version, ResearchQuestion.Table);
        Assert.Equal(4, loaded.Answers[ResearchQuestion.Step]?.Number);
        Assert.Equal((1, 241), (loaded.Answers.RadiologyLetters, loaded.Answers.Step2Score));

        // A release that does not know the question still reads the rest of the conversation.
        var older = ConversationStateSerializer.Deserialize(saved, state.Version);
        Assert.Equal((1, false), (older.Answers.RadiologyLetters, older.Answers.IsAnswered(ResearchQuestion.Step)));
    }

    [Fact]
    public void An_answers_file_needs_the_new_field_and_checks_it_by_the_question_s_rules()
    {
        var withField = MidRange.Replace("\"radiologyLetters\": 1,", "\"radiologyLetters\": 1, \"researchPublications\": 4,", StringComparison.Ordinal);
        var problems = new List<string>();
        var answers = AnswersFileReader.Read(withField, ResearchQuestion.Table, problems);
        Assert.Empty(problems);
        Assert.Equal(4, answers![ResearchQuestion.Step]?.Number);
        Assert.NotNull(StudentProfile.From(answers));

        AnswersFileReader.Read(MidRange, ResearchQuestion.Table, problems);
        Assert.Contains("missing field 'researchPublications'", problems);

        problems.Clear();
        AnswersFileReader.Read(withField.Replace("\"researchPublications\": 4", "\"researchPublications\": -1", StringComparison.Ordinal), ResearchQuestion.Table, problems);
        Assert.Contains("'researchPublications' is -1; allowed: an integer of 0 or more", problems);

        // The shipped table does not know the field.
        problems.Clear();
        AnswersFileReader.Read(withField, QuestionTable.Standard, problems);
        Assert.Contains(problems, p => p.StartsWith("unknown field 'researchPublications'", StringComparison.Ordinal));
    }

    private static Task<string> ChatAsync(IConversationStore store, params string[] lines) =>
        ConsoleTranscript.ChatAsync(ResearchQuestion.Content, store, lines);
}
