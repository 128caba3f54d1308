using System.Text;
using ResidencyAdvisor.Core.Advice;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// Writes a report as a Markdown document a student can keep or print: what `advise --format markdown` prints, and the
/// first part of the plan file the chat sends.
/// </summary>
public static class AdviceMarkdown
{
    public static string Write(AdviceReport report)
    {
        var r = report.Recommendation;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Headline).AppendLine()
            .Append("- **Path:** ").AppendLine(r.Path.Id())
            .Append("- **Backup specialty:** ").AppendLine(r.BackupNeed.Words())
            .Append("- **Score band:** ").AppendLine(r.ScoreBand.Words()).AppendLine();
        foreach (var checklist in report.Checklists)
        {
            md.Append("**").Append(checklist.Title).Append(":** ").Append(checklist.Tally).AppendLine().AppendLine();
            foreach (var line in checklist.Compact)
            {
                md.Append("- ").AppendLine(line);
            }

            md.AppendLine();
        }

        md.AppendLine("## Why").AppendLine();
        foreach (var reason in report.Reasons)
        {
            md.Append("- ").AppendLine(reason);
        }

        md.AppendLine().Append("## ").AppendLine(ChangeAdvice.Title).AppendLine();
        foreach (var line in report.WhatWouldChange.Lines)
        {
            md.Append("- ").AppendLine(line);
        }

        md.AppendLine().AppendLine("## Your plan");
        foreach (var paragraph in report.Plan)
        {
            md.AppendLine().AppendLine(paragraph);
        }

        if (report.Backups.Count > 0 || report.OtherBackups.Count > 0)
        {
            md.AppendLine().Append("## ").AppendLine(report.BackupsHeading);
            foreach (var b in report.Backups)
            {
                md.AppendLine().Append("### ").Append(b.Name).AppendLine(b.Interested ? " (you're interested)" : "").AppendLine()
                    .Append("**Why it works.** ").AppendLine(b.Why).AppendLine()
                    .Append("**Challenges.** ").AppendLine(b.Challenges).AppendLine()
                    .Append("**Who should consider it.** ").AppendLine(b.WhoShouldConsider);
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
