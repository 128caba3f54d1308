using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Guidance;

/// <summary>
/// "One consistent story" over a generated grid of students (every band, failures, thin profiles, reapplicants with and
/// without a backup last cycle, gaps, geography, risk, interests, ruled-out fields): the headline, the badges, the
/// reasons, "what would change this" and the guidance never contradict one another.
/// </summary>
public class AdviceConsistencyTests
{
    private static readonly AdviceComposer Composer = new(TestContent.Content.Guidance);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_student_in_the_grid_reads_one_consistent_story(int seed)
    {
        foreach (var profile in Grid(seed))
        {
            var report = Composer.Compose(profile);
            var because = Describe(profile);
            AssertConsistent(report, because);
        }
    }

    private static void AssertConsistent(AdviceReport report, string because)
    {
        var p = report.Profile;
        var r = report.Recommendation;
        var all = string.Join("\n", StatisticsTests.AllText(report));

        // Reasons: at most six, none twice, and "raises" only where the need really went up to that level.
        Assert.True(report.Reasons.Count is > 0 and <= RecommendationEngine.MaxReasons, because);
        Assert.Equal(report.Reasons.Count, report.Reasons.Distinct().Count());
        Assert.DoesNotContain(report.Reasons, x => x.Contains("costs more", StringComparison.Ordinal));
        foreach (var raised in r.Reasons.Where(x => x.RaisedTo is not null))
        {
            Assert.True(raised.RaisedTo <= r.BackupNeed, because);
        }

        // What would change this: a held line never claims a floor that an option goes below.
        var options = r.Changes.Options;
        if (r.Changes.NeedHeldBy.Count > 0)
        {
            Assert.DoesNotContain(options, o => o.BackupNeed < r.BackupNeed);
        }

        if (r.Changes.PathHeldBy.Count > 0)
        {
            Assert.DoesNotContain(options, o => o.Goal == ChangeGoal.RadiologyOnly);
        }

        // A step whose change no option uses says it only strengthens the application (or is a past fact's own note).
        var used = options.SelectMany(o => o.Changes).ToHashSet();
        foreach (var step in report.WhatWouldChange.Steps)
        {
            var rule = AdviceRules.All.FirstOrDefault(x => x.Id == step.Id);
            if (rule is { ClearedBy: { } lever } && !used.Contains(lever) && !(rule.EasedBy is { } eased && used.Contains(eased)))
            {
                Assert.Contains("will not change the plan above", step.Text, StringComparison.Ordinal);
            }
        }

        // Bands as the article draws them: a failure is never very strong or competitive.
        if (p.ExamFailures > 0)
        {
            Assert.Equal(ScoreBand.Lower, r.ScoreBand);
            Assert.DoesNotContain("very strong band", all, StringComparison.Ordinal);
            Assert.DoesNotContain("competitive internal medicine applicant", all, StringComparison.Ordinal);
            Assert.NotEqual(BackupNeed.Optional, r.BackupNeed);
        }

        // The badge and the headline agree.
        if (r.Path == ApplicationPath.RadiologyOnly && r.BackupNeed != BackupNeed.Optional)
        {
            Assert.True(report.Headline.Contains("backup is", StringComparison.Ordinal), because + ": " + report.Headline);
        }

        // The headline names every specialty the guidance prepares documents for, and nothing else.
        foreach (var applied in r.AppliedBackups)
        {
            Assert.Contains(applied.Name(), report.Headline, StringComparison.Ordinal);
            Assert.NotNull(report.Section(GuidanceSectionIds.PersonalStatements)!.Items.FirstOrDefault(i => i.Heading == $"Your {applied.Name()} statement"));
        }

        foreach (var other in SpecialtyIds.All.Except(r.AppliedBackups))
        {
            Assert.DoesNotContain($"Your {other.Name()} statement", all, StringComparison.Ordinal);
        }

        // Interest is the student's: a sample claims one only in a field they named.
        foreach (var s in SpecialtyIds.All.Where(s => !p.BackupInterests.Contains(s)))
        {
            Assert.DoesNotContain($"genuinely interested in {s.Name()}", all, StringComparison.Ordinal);
            Assert.DoesNotContain($"come to enjoy {s.Name()}", all, StringComparison.Ordinal);
        }

        // Ruled-out fields: no profile, no figure, no SOAP suggestion.
        foreach (var excluded in p.WouldNotPractice)
        {
            Assert.DoesNotContain(report.Backups, b => b.Specialty == excluded);
        }

        if (p.WouldNotPractice.Contains(SpecialtyId.FamilyMedicine))
        {
            Assert.DoesNotContain("594 of the 636", all, StringComparison.Ordinal);
            Assert.DoesNotContain("805", all, StringComparison.Ordinal);
        }

        // The PGY-1 year for everyone, kept apart from the extra year.
        Assert.Contains(report.Plan, x => x.Contains("supplemental rank order lists", StringComparison.Ordinal));
        Assert.Contains("but no PGY-1", all, StringComparison.Ordinal);
        Assert.DoesNotContain("one personal statement is all you need", all, StringComparison.OrdinalIgnoreCase);
        if (!p.WillingToDoExtraYear)
        {
            Assert.DoesNotContain(report.Contingencies, c => c.Contingency is Contingency.TransitionalOrPreliminaryYear or Contingency.ResearchYear);
        }

        // Reapplicants: never told to add a backup they already had.
        if (p.DualAppliedLastCycle == true)
        {
            Assert.DoesNotContain("add a backup specialty this time", all, StringComparison.Ordinal);
        }

        // Realism for the lower band is never an unqualified yes.
        var realistic = report.Section(GuidanceSectionIds.CommonQuestions)!.Item("isRadiologyRealistic")!.Text;
        if (r.ScoreBand == ScoreBand.Lower)
        {
            Assert.False(realistic.StartsWith("Yes", StringComparison.Ordinal), because);
        }

        // The checklists have every line, on the Path A and Path B items the article lists.
        Assert.Equal(2, report.Checklists.Count);
        Assert.All(report.Checklists, c => Assert.Equal(5, c.Lines.Count));
        Assert.DoesNotContain("{", all, StringComparison.Ordinal);
    }

    /// <summary>A deterministic sample of the answer space, different per seed, 150 students each.</summary>
    private static IEnumerable<StudentProfile> Grid(int seed)
    {
        var random = new Random(seed);
        int?[] scores = [null, 212, 228, 235, 241, 245, 249, 250, 262];
        int?[] comlex = [null, 560, 600, 639, 640, 700];
        for (var i = 0; i < 150; i++)
        {
            var isComlex = random.Next(4) == 0;
            var reapplicant = random.Next(3) == 0;
            var interests = SpecialtyIds.All.Where(_ => random.Next(3) == 0).ToList();
            var excluded = SpecialtyIds.All.Except(interests).Where(_ => random.Next(random.Next(2) == 0 ? 2 : 5) == 0).ToList();
            var years = random.Next(8);
            yield return new StudentProfile(
                isComlex ? ExamKind.Comlex : ExamKind.Usmle,
                isComlex ? comlex[random.Next(comlex.Length)] : scores[random.Next(scores.Length)],
                random.Next(3) == 0 ? random.Next(1, 4) : 0,
                random.Next(4),
                random.Next(2) == 0,
                random.Next(3),
                reapplicant,
                reapplicant ? random.Next(2) == 0 : null,
                years,
                years < 3 || random.Next(2) == 0,
                (GeographyPreference)random.Next(3),
                random.Next(3) != 0,
                random.Next(2) == 0,
                random.Next(3) != 0,
                interests,
                excluded);
        }
    }

    private static string Describe(StudentProfile p) =>
        $"{p.Exam} {p.Step2Score?.ToString() ?? "none"}, {p.ExamFailures} failures, {p.UsClinicalExperiences} clinical, radiology {p.UsRadiologyExperience}, "
        + $"{p.RadiologyLetters} letters, reapplicant {p.Reapplicant}/{p.DualAppliedLastCycle}, {p.YearsSinceGraduation} years/{p.ContinuousClinicalWork}, "
        + $"{p.Geography}, community {p.OpenToCommunityPrograms}, risk {p.ComfortableWithUnmatchedRisk}, extra {p.WillingToDoExtraYear}, "
        + $"interests [{string.Join(",", p.BackupInterests)}], excluded [{string.Join(",", p.WouldNotPractice)}]";
}
