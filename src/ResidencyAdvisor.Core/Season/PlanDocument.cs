using System.Text;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The plan file a student asks for ("Send me my plan"): exactly what `advise --format markdown` prints for their
/// answers, then their checklist with what is done, the season's dates and the answers it was built from.
/// </summary>
public static class PlanDocument
{
    public const string FileName = "residency-plan.md";

    public static string Write(
        AdviceReport report, SeasonChecklist checklist, SeasonCalendar calendar, TimeZoneInfo zone, IReadOnlyList<(string Question, string Answer)> answers)
    {
        var md = new StringBuilder(AdviceMarkdown.Write(report));
        md.AppendLine().Append("## Your checklist (").Append(checklist.Progress).AppendLine(")").AppendLine();
        foreach (var line in checklist.Lines(calendar, zone))
        {
            md.AppendLine(line);
        }

        md.AppendLine().Append("## The season's dates: ").AppendLine(calendar.Cycle).AppendLine();
        foreach (var milestone in calendar.Milestones)
        {
            md.Append("- **").Append(milestone.Title).Append(":** ")
                .Append(milestone.Date is { } date ? StudentTimeZone.Describe(date, zone) : "not published yet")
                .Append(" (source: ").Append(milestone.Source).Append(", checked ").Append(milestone.Checked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(")");
        }

        md.AppendLine().AppendLine("## Your answers").AppendLine();
        foreach (var (question, answer) in answers)
        {
            md.Append("- ").Append(question).Append(": ").AppendLine(answer);
        }

        return md.ToString();
    }
}
