using System.Text;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The plan file a student asks for ("Send me my plan"): exactly what `advise --format markdown` prints for their
/// answers, then their checklist with what is done, the season's dates and the answers it was built from; its fixed
/// words are the report's labels (config/labels.json).
/// </summary>
public static class PlanDocument
{
    public const string FileName = "residency-plan.md";

    public static string Write(
        AdviceReport report, SeasonChecklist checklist, SeasonCalendar calendar, TimeZoneInfo zone, IReadOnlyList<(string Question, string Answer)> answers)
    {
        var labels = report.Labels;
        var md = new StringBuilder(AdviceMarkdown.Write(report));
        md.AppendLine().Append("## ").AppendLine(labels.Format(ChatLabel.PlanChecklistHeading, ("progress", checklist.Progress))).AppendLine();
        foreach (var line in checklist.Lines(calendar, zone))
        {
            md.AppendLine(line);
        }

        md.AppendLine().Append("## ").AppendLine(labels.Format(ChatLabel.SeasonDatesHeading, ("cycle", calendar.Cycle))).AppendLine();
        foreach (var milestone in calendar.Milestones)
        {
            md.Append("- **").Append(milestone.Title).Append(":** ")
                .Append(milestone.Date is { } date ? StudentTimeZone.Describe(date, zone) : labels[ChatLabel.NotPublishedYet]).Append(' ')
                .AppendLine(labels.Format(ChatLabel.MilestoneSource, ("source", milestone.Source.ToString()),
                    ("date", milestone.Checked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        }

        md.AppendLine().Append("## ").AppendLine(labels[ChatLabel.YourAnswers]).AppendLine();
        foreach (var (question, answer) in answers)
        {
            md.Append("- ").Append(question).Append(": ").AppendLine(answer);
        }

        return md.ToString();
    }
}
