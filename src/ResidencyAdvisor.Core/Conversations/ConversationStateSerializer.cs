using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Writes and reads the saved form of a conversation; every store uses it, so they agree on the format.</summary>
public static class ConversationStateSerializer
{
    public static byte[] Serialize(ConversationState state) =>
        JsonSerializer.SerializeToUtf8Bytes(ToSaved(state), ConversationJsonContext.Default.SavedConversation);

    /// <summary>Reads a saved conversation; throws <see cref="CorruptConversationException"/> when it cannot.</summary>
    public static ConversationState Deserialize(ReadOnlySpan<byte> utf8, long version)
    {
        SavedConversation? saved;
        try
        {
            saved = JsonSerializer.Deserialize(utf8, ConversationJsonContext.Default.SavedConversation);
        }
        catch (JsonException ex)
        {
            throw new CorruptConversationException("The saved conversation is not valid JSON.", ex);
        }

        if (saved is null || string.IsNullOrEmpty(saved.SessionId) || !StepIds.TryParse(saved.Step, out var step))
        {
            throw new CorruptConversationException("The saved conversation lacks its session or step.");
        }

        var state = new ConversationState
        {
            QuestionnaireVersion = saved.QuestionnaireVersion,
            SessionId = saved.SessionId,
            Turn = saved.Turn,
            Version = version,
            Step = step,
            Editing = saved.Editing,
            Paused = saved.Paused,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(saved.CreatedAt),
            UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(saved.UpdatedAt),
            Answers = FromSaved(saved.Answers ?? new SavedAnswers()),
        };

        // Valid JSON can still describe an impossible conversation (a result without answers, a negative count):
        // treat it as corrupt so the student restarts with an explanation instead of meeting an error every turn.
        if ((step is Step.Summary or Step.Done && StudentProfile.From(state.Answers) is null) || HasNegativeCount(state.Answers))
        {
            throw new CorruptConversationException("The saved conversation's answers do not fit its step.");
        }

        return state;
    }

    private static bool HasNegativeCount(Answers a) =>
        a.Step2Score < 0 || a.ExamFailures < 0 || a.UsClinicalExperiences < 0 || a.RadiologyLetters < 0 || a.YearsSinceGraduation < 0;

    private static SavedConversation ToSaved(ConversationState s) => new()
    {
        QuestionnaireVersion = s.QuestionnaireVersion,
        SessionId = s.SessionId,
        Turn = s.Turn,
        Step = s.Step.Id(),
        Editing = s.Editing,
        Paused = s.Paused,
        CreatedAt = s.CreatedAt.ToUnixTimeSeconds(),
        UpdatedAt = s.UpdatedAt.ToUnixTimeSeconds(),
        Answers = new SavedAnswers
        {
            Exam = s.Answers.Exam switch { ExamKind.Usmle => "usmle", ExamKind.Comlex => "comlex", _ => null },
            ScoreAnswered = s.Answers.ScoreAnswered,
            Score = s.Answers.Step2Score,
            ExamFailures = s.Answers.ExamFailures,
            UsClinicalExperiences = s.Answers.UsClinicalExperiences,
            UsRadiologyExperience = s.Answers.UsRadiologyExperience,
            RadiologyLetters = s.Answers.RadiologyLetters,
            Reapplicant = s.Answers.Reapplicant,
            YearsSinceGraduation = s.Answers.YearsSinceGraduation,
            ContinuousClinicalWork = s.Answers.ContinuousClinicalWork,
            Geography = s.Answers.Geography is { } g ? AnswerFormatter.GeographyId(g) : null,
            OpenToCommunityPrograms = s.Answers.OpenToCommunityPrograms,
            ComfortableWithUnmatchedRisk = s.Answers.ComfortableWithUnmatchedRisk,
            WillingToDoExtraYear = s.Answers.WillingToDoExtraYear,
            BackupInterests = s.Answers.BackupInterests?.Select(x => x.Id()).ToArray(),
            WouldNotPractice = s.Answers.WouldNotPractice?.Select(x => x.Id()).ToArray(),
        },
    };

    private static Answers FromSaved(SavedAnswers a) => new()
    {
        Exam = a.Exam switch
        {
            null => null,
            "usmle" => ExamKind.Usmle,
            "comlex" => ExamKind.Comlex,
            _ => throw new CorruptConversationException("The saved exam is unknown."),
        },
        ScoreAnswered = a.ScoreAnswered,
        Step2Score = a.Score,
        ExamFailures = a.ExamFailures,
        UsClinicalExperiences = a.UsClinicalExperiences,
        UsRadiologyExperience = a.UsRadiologyExperience,
        RadiologyLetters = a.RadiologyLetters,
        Reapplicant = a.Reapplicant,
        YearsSinceGraduation = a.YearsSinceGraduation,
        ContinuousClinicalWork = a.ContinuousClinicalWork,
        Geography = a.Geography switch
        {
            null => null,
            "anywhere" => GeographyPreference.Anywhere,
            "preferred-regions" => GeographyPreference.PreferredRegions,
            "specific-area" => GeographyPreference.SpecificArea,
            _ => throw new CorruptConversationException("The saved geography is unknown."),
        },
        OpenToCommunityPrograms = a.OpenToCommunityPrograms,
        ComfortableWithUnmatchedRisk = a.ComfortableWithUnmatchedRisk,
        WillingToDoExtraYear = a.WillingToDoExtraYear,
        BackupInterests = Specialties(a.BackupInterests),
        WouldNotPractice = Specialties(a.WouldNotPractice),
    };

    private static SpecialtyId[]? Specialties(string[]? ids) => ids?.Select(id =>
        SpecialtyIds.TryParse(id, out var s) ? s : throw new CorruptConversationException("A saved specialty is unknown.")).ToArray();
}
