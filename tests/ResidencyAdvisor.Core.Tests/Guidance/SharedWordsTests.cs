using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Guidance;

/// <summary>The words every channel shows, from config/labels.json and config/guidance: the Markdown document, the plan file, the advice's sentences.</summary>
public class SharedWordsTests
{
    [Fact]
    public void Rewording_the_shared_headings_and_the_backup_need_changes_the_markdown_and_the_plan_file()
    {
        var content = TestContent.Reworded(
            ("labels.json", "\"whatWouldChange\": \"What would change this\"", "\"whatWouldChange\": \"What could change this advice\""),
            ("labels.json", "\"yourAnswers\": \"Your answers\"", "\"yourAnswers\": \"What you told me\""),
            ("labels.json", "\"scoreBandMidRange\": \"mid-range\"", "\"scoreBandMidRange\": \"in the middle\""));
        var report = new AdviceComposer(content.Guidance).Compose(StudentAnswers.MidRangeDualApply.Profile());
        var checklist = new SeasonChecklist(new SeasonTasks(content.Guidance).For(report), new HashSet<string>());

        var markdown = AdviceMarkdown.Write(report);
        var plan = PlanDocument.Write(report, checklist, content.Calendar, StudentTimeZone.Default, [("Step 2 CK score", "240")]);

        Assert.Contains("\n## What could change this advice\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("What would change this", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Score band:** in the middle\n", markdown, StringComparison.Ordinal);
        Assert.StartsWith(markdown, plan, StringComparison.Ordinal);
        Assert.EndsWith("## What you told me\n\n- Step 2 CK score: 240\n", plan.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reworded_backup_need_reads_the_same_in_the_badge_and_in_the_advice_s_sentences()
    {
        var content = TestContent.Reworded(
            ("labels.json", "\"backupNeedStronglyRecommended\": \"strongly recommended\"", "\"backupNeedStronglyRecommended\": \"a must\""));
        var profile = Profiles.RadiologyOnlyCandidate(230) with { WouldNotPractice = SpecialtyIds.All };

        var report = new AdviceComposer(content.Guidance).Compose(profile);

        Assert.Equal(BackupNeed.StronglyRecommended, report.Recommendation.BackupNeed);
        Assert.Contains("although a backup is a must for you", report.Headline, StringComparison.Ordinal);
        Assert.Contains("- **Backup specialty:** a must\n", AdviceMarkdown.Write(report), StringComparison.Ordinal);
        Assert.Contains(report.Reasons, r => r.Contains("a backup is a must for you", StringComparison.Ordinal));
    }

    [Fact]
    public void Rewording_the_backups_heading_and_the_contingency_line_changes_every_channel_s_report()
    {
        var content = TestContent.Reworded(
            ("labels.json", "\"backupsHeading\": \"Backup specialties, best fit first\"", "\"backupsHeading\": \"Your backups\""),
            ("labels.json", "\"contingencyLine\": \"Contingency plan: {contingencies}", "\"contingencyLine\": \"If the Match goes badly: {contingencies}"));

        var report = new AdviceComposer(content.Guidance).Compose(StudentAnswers.MidRangeDualApply.Profile());

        Assert.Equal("Your backups", report.BackupsHeading);
        Assert.StartsWith("If the Match goes badly: ", report.ContingencyLine, StringComparison.Ordinal);
        Assert.Contains("\n## Your backups\n", AdviceMarkdown.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Rewording_a_headline_or_a_contingency_title_in_the_guidance_changes_the_report()
    {
        var content = TestContent.Reworded(
            ("guidance/plan.md", "Dual apply: diagnostic radiology plus {appliedBackups}", "Apply to radiology and to {appliedBackups}"),
            ("guidance/contingencies.md", "## title.soap\nSOAP", "## title.soap\nSupplemental Offer (SOAP)"));

        var report = new AdviceComposer(content.Guidance).Compose(StudentAnswers.MidRangeDualApply.Profile());

        Assert.StartsWith("Apply to radiology and to ", report.Headline, StringComparison.Ordinal);
        Assert.Contains("Supplemental Offer (SOAP)", report.ContingencyLine, StringComparison.Ordinal);
    }
}
