using System.Text;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>Renders replies as plain text with numbered options; typing a number selects. The words are config/labels.json's.</summary>
internal static class ConsoleRenderer
{
    private const string Rule = "────────────────────────────────────────";

    public static string Render(Reply reply, ChatLabels labels)
    {
        var text = new StringBuilder();
        foreach (var notice in reply.Notices)
        {
            text.Append("» ").AppendLine(notice.Text);
        }

        switch (reply.View)
        {
            case QuestionView q: Question(text, q.Prompt, labels); break;
            case SummaryView s: Summary(text, s, labels); break;
            case ResultView r: Result(text, r.Report, labels); break;
            case SectionView s: Section(text, s.Section, labels); break;
            case PausedView: text.AppendLine(labels[ChatLabel.ConsolePausedHint]); break;
            case ErasedView: text.AppendLine(labels[ChatLabel.ConsoleErasedHint]); break;
            case PlanView: break;
            case ChecklistView c: Checklist(text, c, labels); break;
            case WhatsNextView w: WhatsNext(text, w, labels); break;
        }

        return text.ToString();
    }

    private static void Checklist(StringBuilder text, ChecklistView view, ChatLabels labels)
    {
        text.AppendLine().AppendLine(labels.Format(ChatLabel.ChecklistTitle, ("progress", view.Checklist.Progress)));
        foreach (var line in view.Lines)
        {
            text.AppendLine(line);
        }

        text.AppendLine(labels[ChatLabel.ConsoleChecklistHint]);
    }

    private static void WhatsNext(StringBuilder text, WhatsNextView view, ChatLabels labels)
    {
        text.AppendLine().AppendLine(labels.Format(ChatLabel.ConsoleWhatsNextTitle, ("cycle", view.Cycle)));
        foreach (var coming in view.Milestones)
        {
            text.Append("- ").Append(coming.Milestone.Title).Append(": ").Append(coming.When);
            text.Append(coming.Milestone.IsPublished ? "" : " " + labels.Format(ChatLabel.ConsoleCheckSource, ("source", coming.Milestone.Source.ToString()))).AppendLine();
            foreach (var task in coming.OpenTasks)
            {
                text.Append("    ").AppendLine(labels.Format(ChatLabel.StillOpen, ("task", task.Text)));
            }
        }
    }

    private static void Question(StringBuilder text, Prompt p, ChatLabels labels)
    {
        text.AppendLine().Append(p.Progress).Append(" · ").AppendLine(p.Title).AppendLine(p.Text);
        if (!string.IsNullOrEmpty(p.Help))
        {
            text.Append("  (").Append(p.Help).AppendLine(")");
        }

        if (p.CurrentAnswer is not null)
        {
            text.Append("  ").AppendLine(labels.Format(ChatLabel.ConsoleAnswerSoFar, ("answer", p.CurrentAnswer)));
        }

        switch (p.Kind)
        {
            case PromptKind.Number when p.Picks.Count > 0:
                // A count is typed as itself, so its picks are shown as values, not numbered options.
                text.AppendLine(labels.Format(ChatLabel.ConsoleTypePickOrNumber, ("picks", string.Join(", ", p.Picks.SkipLast(1).Select(c => c.Label))),
                    ("last", p.Picks[^1].Label), ("max", Number(p.Range!.Max))));
                break;
            case PromptKind.Number:
                text.AppendLine(labels.Format(ChatLabel.ConsoleTypeWholeNumber, ("min", Number(p.Range!.Min)), ("max", Number(p.Range.Max)),
                    ("shortcuts", string.Concat(p.Choices.Select(c => labels.Format(ChatLabel.ConsoleOrShortcut, ("shortcut", c.Label.ToLowerInvariant())))))));
                break;
            case PromptKind.MultiChoice:
                var offered = Numbered(text, p);
                text.Append("  0) ").AppendLine(labels[ChatLabel.ConsoleNoneOfThese]).AppendLine(offered.Count switch
                {
                    0 => labels[ChatLabel.ConsoleTypeZero],
                    1 => labels.Format(ChatLabel.ConsoleTypeOneOrZero, ("number", Number(offered[0]))),
                    _ => labels.Format(ChatLabel.ConsoleTypeSeveral, ("example", $"{offered[0]},{offered[Math.Min(2, offered.Count - 1)]}")),
                });
                break;
            default:
                Numbered(text, p);
                text.AppendLine(labels[ChatLabel.ConsoleTypeNumber]);
                break;
        }

        text.AppendLine(labels[p.CanGoBack ? ChatLabel.ConsoleQuestionCommandsWithBack : ChatLabel.ConsoleQuestionCommands]);
    }

    /// <summary>
    /// Numbers the question's full list, so a choice keeps its number when an earlier answer takes another away
    /// ("would not practice" after "backup interests"): a habitual "1" then never lands on a different field. One not
    /// offered stays in its place, saying why, and typing its number is refused by Core with the same reason.
    /// Returns the numbers that can be typed.
    /// </summary>
    private static List<int> Numbered(StringBuilder text, Prompt p)
    {
        var listed = p.Listed.Count > 0 ? p.Listed : [.. p.Choices.Select(c => new ListedChoice(c, null))];
        var offered = new List<int>();
        for (var i = 0; i < listed.Count; i++)
        {
            var (choice, notOffered) = (listed[i].Choice, listed[i].NotOfferedBecause);
            text.Append("  ").Append(i + 1).Append(") ").Append(choice.Label);
            if ((notOffered ?? choice.Description) is { } note)
            {
                text.Append(" — ").Append(note);
            }

            text.AppendLine();
            if (notOffered is null)
            {
                offered.Add(i + 1);
            }
        }

        return offered;
    }

    private static void Summary(StringBuilder text, SummaryView summary, ChatLabels labels)
    {
        text.AppendLine().AppendLine(labels[ChatLabel.ConsoleSummaryIntro]);
        for (var i = 0; i < summary.Lines.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(") ").Append(summary.Lines[i].Title).Append(": ").AppendLine(summary.Lines[i].Answer);
        }

        text.AppendLine(labels[ChatLabel.ConsoleSummaryHint]);
    }

    private static void Result(StringBuilder text, AdviceReport report, ChatLabels labels)
    {
        var r = report.Recommendation;
        text.AppendLine().AppendLine(Rule).AppendLine(report.Headline.ToUpperInvariant()).AppendLine(Rule)
            .Append(labels[ChatLabel.BackupSpecialty]).Append(": ").Append(labels.Words(r.BackupNeed))
            .Append(" · ").Append(labels[ChatLabel.ScoreBand]).Append(": ").AppendLine(labels.Words(r.ScoreBand));
        foreach (var checklist in report.Checklists)
        {
            text.AppendLine().Append(checklist.Title).Append(": ").AppendLine(checklist.Tally);
            foreach (var line in checklist.Compact)
            {
                text.Append("  ").AppendLine(line);
            }
        }

        text.AppendLine().Append(labels[ChatLabel.Why]).AppendLine(":");
        foreach (var reason in report.Reasons)
        {
            text.Append("  • ").AppendLine(reason);
        }

        text.AppendLine().Append(labels[ChatLabel.WhatWouldChange]).AppendLine(":");
        foreach (var line in report.WhatWouldChange.Lines)
        {
            text.Append("  • ").AppendLine(line);
        }

        text.AppendLine().Append(labels[ChatLabel.YourPlan]).AppendLine(":");
        foreach (var paragraph in report.Plan)
        {
            text.Append("  ").AppendLine(Flatten(paragraph));
        }

        if (report.Backups.Count > 0 || report.OtherBackups.Count > 0)
        {
            text.AppendLine().Append(report.BackupsHeading).AppendLine(":");
            foreach (var backup in report.Backups)
            {
                text.Append("  ").Append(backup.Name).AppendLine(backup.Interested ? " " + labels[ChatLabel.YoureInterested] : "")
                    .Append("    ").Append(labels[ChatLabel.WhyItWorks]).Append(": ").AppendLine(Flatten(backup.Why))
                    .Append("    ").Append(labels[ChatLabel.Challenges]).Append(": ").AppendLine(Flatten(backup.Challenges))
                    .Append("    ").Append(labels[ChatLabel.WhoShouldConsider]).Append(": ").AppendLine(Flatten(backup.WhoShouldConsider));
            }

            if (report.OtherBackupsLine.Length > 0)
            {
                text.Append("  ").AppendLine(report.OtherBackupsLine);
            }
        }

        text.AppendLine().AppendLine(report.ContingencyLine);
        if (report.BackupToPrepare.Count > 0)
        {
            text.AppendLine().AppendLine(labels[ChatLabel.PickBackupPrompt])
                .AppendLine(labels.Format(ChatLabel.ConsoleTypeBackupName, ("backups", string.Join(" · ", report.BackupToPrepare.Select(s => s.Name())))));
        }

        Menu(text, report, labels);
    }

    private static void Section(StringBuilder text, GuidanceSection section, ChatLabels labels)
    {
        text.AppendLine().AppendLine(Rule).AppendLine(section.Title.ToUpperInvariant()).AppendLine(Rule);
        foreach (var item in section.Items)
        {
            text.AppendLine().AppendLine(item.Heading).AppendLine(item.Text);
        }

        text.AppendLine().AppendLine(labels[ChatLabel.ConsoleSectionHint]).AppendLine(labels[ChatLabel.ConsoleSectionCommands]);
    }

    private static void Menu(StringBuilder text, AdviceReport report, ChatLabels labels)
    {
        text.AppendLine().AppendLine(labels[ChatLabel.ConsoleGuidanceMenu]);
        for (var i = 0; i < report.Sections.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(") ").AppendLine(report.Sections[i].Title);
        }

        text.AppendLine(labels[ChatLabel.ConsoleResultCommands]);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Flatten(string text) => text.Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
}
