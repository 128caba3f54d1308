using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>What the student should see next; each adapter renders every kind.</summary>
public abstract record ReplyView;

/// <summary>The next (or re-asked) question.</summary>
public sealed record QuestionView(Prompt Prompt) : ReplyView;

/// <summary>All answers before the result; any line can be changed.</summary>
public sealed record SummaryView(IReadOnlyList<SummaryLine> Lines) : ReplyView;

/// <summary>The recommendation with the guidance sections it unlocks.</summary>
public sealed record ResultView(AdviceReport Report) : ReplyView;

/// <summary>One guidance section opened from the result.</summary>
public sealed record SectionView(GuidanceSection Section, AdviceReport Report) : ReplyView;

/// <summary>The questionnaire is paused; any message resumes it.</summary>
public sealed record PausedView : ReplyView;

/// <summary>Everything saved about the student was erased.</summary>
public sealed record ErasedView : ReplyView;
