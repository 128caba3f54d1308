using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>The plan as a Markdown file to attach or upload: what `advise --format markdown` prints, plus the checklist.</summary>
public sealed record PlanView(string FileName, string Markdown, SeasonChecklist Checklist) : ReplyView;

/// <summary>The numbered checklist with its progress; each line as the chat shows it, dates in the student's zone.</summary>
public sealed record ChecklistView(SeasonChecklist Checklist, IReadOnlyList<string> Lines) : ReplyView;

/// <summary>
/// The coming milestones, soonest first, each with its date in the student's zone (or "not published yet") and the
/// open tasks due before it. <see cref="Stale"/> when every dated milestone has passed: the dates are an earlier cycle's.
/// </summary>
public sealed record WhatsNextView(string Cycle, IReadOnlyList<ComingMilestone> Milestones, bool Stale) : ReplyView;

public sealed record ComingMilestone(Milestone Milestone, string When, IReadOnlyList<SeasonTask> OpenTasks);

/// <summary>Reminders turned on or off; the turn handler has already updated the reminder store.</summary>
public sealed record RemindersView(bool On, string TimeZoneId) : ReplyView;
