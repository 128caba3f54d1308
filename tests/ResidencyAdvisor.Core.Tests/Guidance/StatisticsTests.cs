using System.Text.RegularExpressions;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Guidance;

/// <summary>Every statistic a student reads is a sourced fact from config/facts.json, shown with its year and source.</summary>
public partial class StatisticsTests
{
    private static readonly AdviceComposer Composer = new(TestContent.Content.Guidance);

    // Score bars and bands from the rules (README "How the advice is decided"); a student's own answers are added per profile.
    private static readonly HashSet<string> RuleNumbers = ["235", "245", "249", "250", "580", "639", "640"];

    [Fact]
    public void No_guidance_or_reason_text_holds_a_statistic_that_is_not_a_sourced_fact()
    {
        var facts = TestContent.Content.Facts.All.Select(f => f.Cited).ToList();
        foreach (var profile in Sweep())
        {
            var report = Composer.Compose(profile);
            var allowed = new HashSet<string>(RuleNumbers) { profile.Step2Score?.ToString() ?? "", profile.YearsSinceGraduation.ToString() };
            foreach (var text in AllText(report))
            {
                var bare = facts.Aggregate(text, (t, fact) => t.Replace(fact, "", StringComparison.Ordinal));
                foreach (Match number in Number().Matches(bare))
                {
                    var isStatistic = number.Value.EndsWith('%') || number.Value.Contains(',') || (number.Value.Length >= 2 && !allowed.Contains(number.Value));
                    Assert.False(isStatistic, $"'{number.Value}' is not a sourced fact, in: {text}");
                }
            }
        }
    }

    [Fact]
    public void Every_fact_shows_its_cycle_year_and_source_where_it_is_quoted()
    {
        Assert.NotEmpty(TestContent.Content.Facts.All);
        foreach (var fact in TestContent.Content.Facts.All)
        {
            Assert.Contains(fact.CycleYear.ToString(), fact.Cited);
            Assert.Contains(fact.Source, fact.Cited);
            Assert.StartsWith("https://", fact.Url, StringComparison.Ordinal);
            Assert.Contains(fact.Value, fact.Cited);
        }
    }

    [Fact]
    public void The_figures_are_quoted_where_they_help()
    {
        var report = Composer.Compose(Profiles.RadiologyOnlyCandidate(240));
        var text = string.Join("\n", AllText(report));
        // The all-specialty PGY-1 rate measures nothing about a radiology plan, so it is never offered as if it did.
        Assert.DoesNotContain("67.8%", text);
        Assert.Contains("1,145 (10.8%)", report.Backups.Single(b => b.Specialty == SpecialtyId.InternalMedicine).Why);
        Assert.Contains("594 of the 636", report.Contingencies.Single(c => c.Contingency == Contingency.Soap).Text);
    }

    [Fact]
    public void The_family_medicine_SOAP_figure_is_not_shown_to_a_student_who_ruled_family_medicine_out()
    {
        var report = Composer.Compose(Profiles.RadiologyOnlyCandidate(240) with { WouldNotPractice = [SpecialtyId.FamilyMedicine] });
        Assert.DoesNotContain("594 of the 636", string.Join("\n", AllText(report)));
    }

    internal static IEnumerable<string> AllText(AdviceReport report) =>
        report.Reasons.Append(report.Headline).Concat(report.Plan)
            .Concat(report.Backups.SelectMany(b => new[] { b.Why, b.Challenges, b.WhoShouldConsider }))
            .Concat(report.Contingencies.Select(c => c.Text))
            .Concat(report.Sections.SelectMany(s => s.Items.Select(i => i.Heading + "\n" + i.Text)))
            .Concat(report.WhatWouldChange.Lines);

    private static IEnumerable<StudentProfile> Sweep()
    {
        var strong = Profiles.RadiologyOnlyCandidate();
        foreach (var score in new int?[] { null, 220, 241, 247, 262 })
        {
            foreach (var excluded in new[] { Array.Empty<SpecialtyId>(), [SpecialtyId.InternalMedicine, SpecialtyId.FamilyMedicine], [.. SpecialtyIds.All] })
            {
                yield return strong with { Step2Score = score, WouldNotPractice = excluded, UsClinicalExperiences = 0, RadiologyLetters = 0, Reapplicant = true };
                yield return strong with { Step2Score = score, WouldNotPractice = excluded, WillingToDoExtraYear = false, Geography = GeographyPreference.SpecificArea, ExamFailures = 1 };
                yield return strong with { Step2Score = score, WouldNotPractice = excluded, YearsSinceGraduation = 4, ContinuousClinicalWork = false, BackupInterests = [SpecialtyId.Psychiatry, SpecialtyId.Neurology] };
            }
        }

        foreach (var score in new int?[] { 600, 630, 650 })
        {
            yield return Profiles.Comlex(score);
            yield return Profiles.Comlex(score) with { Geography = GeographyPreference.PreferredRegions, OpenToCommunityPrograms = false };
        }
    }

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?%?")]
    private static partial Regex Number();
}
