using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Everything saved about one student's conversation: small, so it can be stored after every answer.</summary>
public sealed class ConversationState : IQuestionnaireState
{
    /// <summary>Bumped whenever the questions change in a way saved conversations must know about.</summary>
    public const int CurrentQuestionnaireVersion = 2;

    public int QuestionnaireVersion { get; set; } = CurrentQuestionnaireVersion;

    /// <summary>A short random id; buttons carry it so clicks on an earlier conversation's messages are spotted.</summary>
    public string SessionId { get; set; } = "";

    /// <summary>Counts the changes made; buttons carry it so a second click on an answered question changes nothing.</summary>
    public int Turn { get; set; }

    /// <summary>The store's version for compare-and-set; 0 before the first save.</summary>
    public long Version { get; set; }

    /// <summary>Where the student is; a new conversation starts at the table's first question.</summary>
    public Step Step { get; set; } = Step.Exam;

    /// <summary>True while the student changes one answer from the summary.</summary>
    public bool Editing { get; set; }

    /// <summary>True after the student paused; any message resumes.</summary>
    public bool Paused { get; set; }

    public Answers Answers { get; set; } = new();

    /// <summary>
    /// The season tasks ticked done, by task id. Kept through a change of answers: a task that no longer applies is
    /// not shown, and its tick counts again if it comes back.
    /// </summary>
    public HashSet<string> DoneTasks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Days the student set for tasks ("date 3 2027-01-15"), by task id; a reminder goes out that morning.</summary>
    public Dictionary<string, DateOnly> TaskDates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The IANA zone the student chose for their dates; null shows them in US Eastern.</summary>
    public string? TimeZoneId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A copy that shares nothing a turn changes, so a turn can run on it and be thrown away.</summary>
    public ConversationState Copy() => new()
    {
        QuestionnaireVersion = QuestionnaireVersion,
        SessionId = SessionId,
        Turn = Turn,
        Version = Version,
        Step = Step,
        Editing = Editing,
        Paused = Paused,
        Answers = Answers.Copy(),
        DoneTasks = new HashSet<string>(DoneTasks, StringComparer.Ordinal),
        TaskDates = new Dictionary<string, DateOnly>(TaskDates, StringComparer.Ordinal),
        TimeZoneId = TimeZoneId,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };

    public static ConversationState Start(DateTimeOffset now, string sessionId) => new()
    {
        SessionId = sessionId,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
