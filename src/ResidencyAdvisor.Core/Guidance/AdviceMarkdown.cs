using System.Text;
using ResidencyAdvisor.Core.Advice;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// Writes a report as a Markdown document a student can keep or print: what `advise --format markdown` prints, and the
/// first part of the plan file the chat sends. Its fixed words are the report's labels (config/labels.json).
/// </summary>
public static class AdviceMarkdown
{
    public static string Write(AdviceReport report)
    {
        var (r, labels) = (report.Recommendation, report.Labels);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Headline).AppendLine()
            .Append("- **").Append(labels[ChatLabel.Path]).Append(":** ").AppendLine(r.Path.Id())
            .Append("- **").Append(labels[ChatLabel.BackupSpecialty]).Append(":** ").AppendLine(labels.Words(r.BackupNeed))
            .Append("- **").Append(labels[ChatLabel.ScoreBand]).Append(":** ").AppendLine(labels.Words(r.ScoreBand)).AppendLine();
        foreach (var checklist in report.Checklists)
        {
            md.Append("**").Append(checklist.Title).Append(":** ").Append(checklist.Tally).AppendLine().AppendLine();
            foreach (var line in checklist.Compact)
            {
                md.Append("- ").AppendLine(line);
            }

            md.AppendLine();
        }

        md.Append("## ").AppendLine(labels[ChatLabel.Why]).AppendLine();
        foreach (var reason in report.Reasons)
        {
            md.Append("- ").AppendLine(reason);
        }

        md.AppendLine().Append("## ").AppendLine(labels[ChatLabel.WhatWouldChange]).AppendLine();
        foreach (var line in report.WhatWouldChange.Lines)
        {
            md.Append("- ").AppendLine(line);
        }

        md.AppendLine().Append("## ").AppendLine(labels[ChatLabel.YourPlan]);
        foreach (var paragraph in report.Plan)
        {
            md.AppendLine().AppendLine(paragraph);
        }

        if (report.Backups.Count > 0 || report.OtherBackups.Count > 0)
        {
            md.AppendLine().Append("## ").AppendLine(report.BackupsHeading);
            foreach (var b in report.Backups)
            {
                md.AppendLine().Append("### ").Append(b.Name).AppendLine(b.Interested ? " " + labels[ChatLabel.YoureInterested] : "").AppendLine()
                    .Append("**").Append(labels[ChatLabel.WhyItWorks]).Append(".** ").AppendLine(b.Why).AppendLine()
                    .Append("**").Append(labels[ChatLabel.Challenges]).Append(".** ").AppendLine(b.Challenges).AppendLine()
                    .Append("**").Append(labels[ChatLabel.WhoShouldConsider]).Append(".** ").AppendLine(b.WhoShouldConsider);
            }

            if (report.OtherBackupsLine.Length > 0)
            {
                md.AppendLine().AppendLine(report.OtherBackupsLine);
            }
        }

        foreach (var section in report.Sections)
        {
            md.AppendLine().Append("## ").AppendLine(section.Title);
            foreach (var item in section.Items)
            {
                md.AppendLine().Append("### ").AppendLine(item.Heading).AppendLine().AppendLine(item.Text);
            }
        }

        return md.ToString();
    }
}
