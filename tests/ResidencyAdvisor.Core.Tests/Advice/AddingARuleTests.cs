using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Advice;

/// <summary>docs/adding-a-question.md, "Adding a rule", followed to the letter on a copy of the table and the content.</summary>
public sealed class AddingARuleTests : IDisposable
{
    private static readonly AdviceRule NoUsClinical = new("no-us-clinical", p => p.UsClinicalExperiences == 0)
    {
        Need = NeedEffect.Raises,
        ClearedBy = Lever.UsClinicalExperiences,
        HasStep = true,
    };

    private static readonly IReadOnlyList<AdviceRule> Rules = [.. AdviceRules.All, NoUsClinical];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ra-rule-" + Guid.NewGuid().ToString("N"));

    public AddingARuleTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "config", "guidance")))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_rule_without_its_words_stops_the_advisor_naming_what_is_missing()
    {
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels, Rules));
        Assert.Contains("reasons.md: '## no-us-clinical' is missing", ex.Message);
        Assert.Contains("changes.md: '## step.no-us-clinical' is missing", ex.Message);
        Assert.Contains("tasks.md: '## step.no-us-clinical' is missing", ex.Message);
    }

    [Fact]
    public void A_rule_with_its_words_reaches_the_need_the_reasons_and_what_would_change()
    {
        File.AppendAllText(Path.Combine(_dir, "reasons.md"), "\n## no-us-clinical\nYou have no US clinical experience at all yet.\n");
        File.AppendAllText(Path.Combine(_dir, "changes.md"), "\n## step.no-us-clinical\nStart with one US clerkship before anything else.\n");
        File.AppendAllText(Path.Combine(_dir, "tasks.md"), "\n## step.no-us-clinical\nBook your first US clerkship.\n");
        var library = GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels, Rules);
        var composer = new AdviceComposer(library);
        var strong = Profiles.RadiologyOnlyCandidate();

        var none = composer.Compose(strong with { UsClinicalExperiences = 0 });
        // The thin-profile group raised it to recommended; the new rule raises it once more.
        Assert.Equal(BackupNeed.StronglyRecommended, none.Recommendation.BackupNeed);
        Assert.Contains(none.Reasons, r => r == "You have no US clinical experience at all yet. That raises your backup need to strongly recommended.");
        Assert.Contains(none.WhatWouldChange.Steps, s => s.Id == "no-us-clinical" && s.Text.StartsWith("Start with one US clerkship", StringComparison.Ordinal));
        var option = Assert.Single(none.WhatWouldChange.Options);
        Assert.Equal([Lever.UsClinicalExperiences], option.Option.Changes);
        Assert.Equal(BackupNeed.Optional, option.Option.BackupNeed);

        Assert.Contains(new SeasonTasks(library).For(none), t => t.Id == "step.no-us-clinical" && t.Text == "Book your first US clerkship.");

        // A student it does not describe reads none of it.
        var one = composer.Compose(strong with { UsClinicalExperiences = 1 });
        Assert.Equal(BackupNeed.Recommended, one.Recommendation.BackupNeed);
        Assert.DoesNotContain(one.Reasons, r => r.Contains("no US clinical experience at all", StringComparison.Ordinal));
    }
}
