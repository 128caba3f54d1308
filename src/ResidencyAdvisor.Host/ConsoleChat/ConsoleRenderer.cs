using System.Text;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>Renders replies as plain text with numbered options; typing a number selects.</summary>
internal static class ConsoleRenderer
{
    private const string Rule = "────────────────────────────────────────";

    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        foreach (var notice in reply.Notices)
        {
            text.Append("» ").AppendLine(notice.Text);
        }

        switch (reply.View)
        {
            case QuestionView q: Question(text, q.Prompt); break;
            case SummaryView s: Summary(text, s); break;
            case ResultView r: Result(text, r.Report); break;
            case SectionView s: Section(text, s.Section); break;
            case PausedView: text.AppendLine("Type anything to continue, or quit to leave."); break;
            case ErasedView: text.AppendLine("Type start to begin again, or quit to leave."); break;
            case PlanView: break;
            case ChecklistView c: Checklist(text, c); break;
            case WhatsNextView w: WhatsNext(text, w); break;
        }

        return text.ToString();
    }

    private static void Checklist(StringBuilder text, ChecklistView view)
    {
        text.AppendLine().Append("Your checklist: ").AppendLine(view.Checklist.Progress);
        foreach (var line in view.Lines)
        {
            text.AppendLine(line);
        }

        text.AppendLine("Type done N to tick a task, undo N to untick it, date N 2027-01-15 to give it a day of your own, plan for your plan file, or what's next for the season's dates.");
    }

    private static void WhatsNext(StringBuilder text, WhatsNextView view)
    {
        text.AppendLine().Append("Coming up in the ").AppendLine(view.Cycle);
        foreach (var coming in view.Milestones)
        {
            text.Append("- ").Append(coming.Milestone.Title).Append(": ").Append(coming.When);
            text.Append(coming.Milestone.IsPublished ? "" : $" (check {coming.Milestone.Source})").AppendLine();
            foreach (var task in coming.OpenTasks)
            {
                text.Append("    still open: ").AppendLine(task.Text);
            }
        }
    }

    private static void Question(StringBuilder text, Prompt p)
    {
        text.AppendLine().Append(p.Progress).Append(" · ").AppendLine(p.Title).AppendLine(p.Text);
        if (!string.IsNullOrEmpty(p.Help))
        {
            text.Append("  (").Append(p.Help).AppendLine(")");
        }

        if (p.CurrentAnswer is not null)
        {
            text.Append("  Your answer so far: ").AppendLine(p.CurrentAnswer);
        }

        switch (p.Kind)
        {
            case PromptKind.Number when p.Picks.Count > 0:
                // A count is typed as itself, so its picks are shown as values, not numbered options.
                text.Append("Type ").Append(string.Join(", ", p.Picks.SkipLast(1).Select(c => c.Label)))
                    .Append(" or \"").Append(p.Picks[^1].Label).Append("\", or the exact number up to ").Append(p.Range!.Max).AppendLine(".");
                break;
            case PromptKind.Number:
                text.Append("Type a whole number from ").Append(p.Range!.Min).Append(" to ").Append(p.Range.Max);
                foreach (var shortcut in p.Choices)
                {
                    text.Append(", or \"").Append(shortcut.Label.ToLowerInvariant()).Append('"');
                }

                text.AppendLine(".");
                break;
            case PromptKind.MultiChoice:
                var offered = Numbered(text, p);
                text.AppendLine("  0) None of these").AppendLine(offered.Count switch
                {
                    0 => "Type 0.",
                    1 => $"Type {offered[0]}, or 0.",
                    _ => $"Type one or more numbers separated by commas (for example {offered[0]},{offered[Math.Min(2, offered.Count - 1)]}), or 0.",
                });
                break;
            default:
                Numbered(text, p);
                text.AppendLine("Type a number.");
                break;
        }

        text.Append("Or type: ").Append(p.CanGoBack ? "back · " : "").AppendLine("restart · pause · forget · quit");
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

    private static void Summary(StringBuilder text, SummaryView summary)
    {
        text.AppendLine().AppendLine("Here is everything you told me:");
        for (var i = 0; i < summary.Lines.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(") ").Append(summary.Lines[i].Title).Append(": ").AppendLine(summary.Lines[i].Answer);
        }

        text.AppendLine("Type the number of an answer to change it, or 0 to see my recommendation.");
    }

    private static void Result(StringBuilder text, AdviceReport report)
    {
        var r = report.Recommendation;
        text.AppendLine().AppendLine(Rule).AppendLine(report.Headline.ToUpperInvariant()).AppendLine(Rule)
            .Append("Backup specialty: ").Append(r.BackupNeed.Words()).Append(" · Score band: ").AppendLine(r.ScoreBand.Words());
        foreach (var checklist in report.Checklists)
        {
            text.AppendLine().Append(checklist.Title).Append(": ").AppendLine(checklist.Tally);
            foreach (var line in checklist.Compact)
            {
                text.Append("  ").AppendLine(line);
            }
        }

        text.AppendLine().AppendLine("Why:");
        foreach (var reason in report.Reasons)
        {
            text.Append("  • ").AppendLine(reason);
        }

        text.AppendLine().Append(ChangeAdvice.Title).AppendLine(":");
        foreach (var line in report.WhatWouldChange.Lines)
        {
            text.Append("  • ").AppendLine(line);
        }

        text.AppendLine().AppendLine("Your plan:");
        foreach (var paragraph in report.Plan)
        {
            text.Append("  ").AppendLine(Flatten(paragraph));
        }

        if (report.Backups.Count > 0 || report.OtherBackups.Count > 0)
        {
            text.AppendLine().Append(report.BackupsHeading).AppendLine(":");
            foreach (var backup in report.Backups)
            {
                text.Append("  ").Append(backup.Name).AppendLine(backup.Interested ? " (you're interested)" : "")
                    .Append("    Why it works: ").AppendLine(Flatten(backup.Why))
                    .Append("    Challenges: ").AppendLine(Flatten(backup.Challenges))
                    .Append("    Who should consider it: ").AppendLine(Flatten(backup.WhoShouldConsider));
            }

            if (report.OtherBackupsLine.Length > 0)
            {
                text.Append("  ").AppendLine(report.OtherBackupsLine);
            }
        }

        text.AppendLine().AppendLine(report.ContingencyLine);
        if (report.BackupToPrepare.Count > 0)
        {
            text.AppendLine().AppendLine(AdviceReport.PickPrompt)
                .Append("Type its name: ").AppendLine(string.Join(" · ", report.BackupToPrepare.Select(s => s.Name())));
        }

        Menu(text, report);
    }

    private static void Section(StringBuilder text, GuidanceSection section)
    {
        text.AppendLine().AppendLine(Rule).AppendLine(section.Title.ToUpperInvariant()).AppendLine(Rule);
        foreach (var item in section.Items)
        {
            text.AppendLine().AppendLine(item.Heading).AppendLine(item.Text);
        }

        text.AppendLine().AppendLine("Type a number to open another section: 1) Interview answers 2) Personal statements 3) Letters 4) CV 5) Match outcomes 6) Common questions;")
            .AppendLine("or result · restart · forget · quit.");
    }

    private static void Menu(StringBuilder text, AdviceReport report)
    {
        text.AppendLine().AppendLine("Open your tailored guidance:");
        for (var i = 0; i < report.Sections.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(") ").AppendLine(report.Sections[i].Title);
        }

        text.AppendLine("Type a number, or: plan (your plan as a file) · checklist · what's next · restart · forget · quit");
    }

    private static string Flatten(string text) => text.Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
}
