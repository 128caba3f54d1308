using System.Text;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.Cli;

namespace ResidencyAdvisor.Host.Tests.Cli;

/// <summary>
/// The whole markdown advice (`advise --format markdown`) for thirteen contrasting students: what each must read,
/// and what no student should read unless it is true of them.
/// </summary>
public class AdviceMarkdownProfileTests
{

    private const string ExtraYearOffer = "An extra transitional or preliminary year";
    private static readonly string[] AssumesAnObservership = ["During my time in a US reading room", "your own radiology observership"];
    private static readonly string[] BackupProgramWording = ["your backup programs", "your backup field", "backup programs that interviewed you", "Backup specialties, best fit first"];
    private static readonly string[] CountsWrong = ["(s)", "only 0 ", "applied in "];

    [Fact]
    public void A_strong_student_reads_radiology_only_with_a_long_term_plan_B_and_no_backup_program_wording()
    {
        var md = Advise(new { });
        Assert.StartsWith("# Apply to diagnostic radiology only, with a long-term plan B ready", md);
        Assert.Contains("- **Backup specialty:** optional", md);
        Assert.Contains("You already meet every condition for applying to radiology alone", md);
        Assert.Contains("### Your long-term plan B", md);
        Assert.Contains("You have 2 letters from radiologists", md);
        AssertNone(md, BackupProgramWording);
        AssertNone(md, ["If you have none yet", "You have no letter from a radiologist yet", "a second from another US radiologist"]);
        AssertCommon(md);
    }

    [Fact]
    public void A_247_reads_why_radiology_only_and_a_recommended_backup_go_together()
    {
        var md = Advise(new { step2Score = 247 });
        Assert.StartsWith("# Radiology only is reasonable for you, though at your score a backup is still recommended", md);
        Assert.Contains("- **Backup specialty:** recommended", md);
        Assert.Contains("score of 247 is at the top of the mid-range", md);
        Assert.Contains("Nothing you can change before this cycle brings your backup need below recommended", md);
        AssertNone(md, ["low edge"]);
        AssertNone(md, BackupProgramWording);
        AssertCommon(md);
    }

    [Fact]
    public void A_241_reads_the_245_as_the_low_end_of_a_favourable_range_not_a_requirement()
    {
        var md = Advise(new { step2Score = 241 });
        Assert.StartsWith("# Dual apply: diagnostic radiology plus internal medicine", md);
        Assert.Contains("score of 241 is mid-range for radiology applicants, where a backup is recommended for many, and below 245", md);
        Assert.Contains("Nothing you can change before this cycle makes radiology alone reasonable or brings your backup need below recommended: both rest on your USMLE Step 2 CK score of 241, below the 245 bar", md);
        Assert.Contains("Dual applying means two applications in one cycle", md);
        AssertNone(md, ["that a radiology-only application needs", "on its own it makes a backup optional", "Mid-range scores"]);
        Assert.Contains("With a mid-range score you are the applicant this backup is most often suggested for", md);
        AssertCommon(md);
    }

    [Fact]
    public void A_228_with_a_failure_reads_one_exam_failure_and_the_steps_for_each_weakness()
    {
        var md = Advise(new { step2Score = 228, examFailures = 1, usClinicalExperiences = 0, usRadiologyExperience = false, radiologyLetters = 0 });
        Assert.Contains("- **Backup specialty:** strongly recommended", md);
        Assert.Contains("You reported 1 exam failure.", md);
        Assert.Contains("no US clinical experiences, where programs tend to look for two or more", md);
        Assert.Contains("rest on your 1 exam failure and your USMLE Step 2 CK score of 228", md);
        Assert.Contains("Arrange a radiology observership or elective in a US hospital", md);
        Assert.Contains("Ask one or two US radiologists who have seen you work for a letter", md);
        Assert.Contains("on my rotations", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("With a score below the mid-range", md);
        AssertNone(md, AssumesAnObservership);
        AssertNone(md, ["You already have", "With a mid-range score"]);
        AssertCommon(md);
    }

    [Theory]
    [InlineData(600)]
    [InlineData(630)]
    public void A_COMLEX_student_reads_which_radiology_only_bar_is_used_and_why(int score)
    {
        var md = Advise(new { exam = "comlex", step2Score = score });
        Assert.StartsWith("# Dual apply", md);
        Assert.Contains($"Your COMLEX Level 2-CE score of {score} is mid-range for radiology applicants, where a backup is recommended for many, and below 640", md);
        Assert.Contains("for COMLEX this advice uses 640, where the very strong Level 2-CE band starts", md);
        AssertNone(md, ["below 245", "the 245"]);
        AssertCommon(md);
    }

    [Fact]
    public void A_reapplicant_four_years_out_without_clinical_work_reads_what_to_change()
    {
        var md = Advise(new { step2Score = 252, reapplicant = true, dualAppliedLastCycle = false, yearsSinceGraduation = 4, continuousClinicalWork = false, openToCommunityPrograms = false });
        Assert.Contains("You graduated 4 years ago and have not worked clinically without a break since", md);
        Assert.Contains("As a reapplicant, show programs what is different this time: ask whether your last radiology list aimed too high; add community programs; add a backup specialty this time; close the gaps named above", md);
        Assert.Contains("It will not change this cycle's plan, but recent clinical work", md);
        Assert.Contains("rest on being a reapplicant and 4 years since graduation without continuous clinical work", md);
        Assert.DoesNotContain("# Radiology only", md, StringComparison.Ordinal);
        Assert.DoesNotContain("**Backup specialty:** optional", md, StringComparison.Ordinal);
        AssertCommon(md);
    }

    [Fact]
    public void A_student_who_rules_out_every_backup_but_would_do_an_extra_year_reads_the_choice_its_risk_and_ways_forward()
    {
        var md = Advise(RuledOut(extraYear: true));
        Assert.StartsWith("# Radiology only, by your choice, although a backup is strongly recommended for you", md);
        Assert.Contains("- **Backup specialty:** strongly recommended", md);
        Assert.Contains("no second specialty will catch you", md);
        Assert.Contains("Ways to lower that risk: strengthen your application first (add two US clinical experiences, complete a radiology observership or elective in a US hospital and get a letter from a US radiologist); widen your geography or accept community programs, if your circumstances allow; or look beyond the four common backups", md);
        Assert.Contains("not the only ones", md);
        Assert.Contains(ExtraYearOffer, md);
        AssertNone(md, ["Apply to diagnostic radiology only", "lead with"]);
        AssertNone(md, BackupProgramWording);
        AssertCommon(md);
    }

    [Fact]
    public void A_student_who_rules_out_every_backup_and_any_extra_year_is_never_offered_one()
    {
        var md = Advise(RuledOut(extraYear: false));
        Assert.StartsWith("# Radiology only, by your choice", md);
        AssertNone(md, [ExtraYearOffer, "### A research year", "a preliminary year", "I would do a preliminary, transitional or research year"]);
        Assert.Contains("I have already thought through my long-term plan B", md);
        Assert.Contains("since you ruled out the common backups", md);
        AssertNone(md, ["internal medicine, family medicine and preliminary", "Many internal medicine"]);
        AssertNone(md, BackupProgramWording);
        AssertCommon(md);
    }

    [Fact]
    public void A_student_without_a_score_reads_to_revisit_the_plan_when_it_arrives()
    {
        var md = Advise(new { step2Score = (int?)null });
        Assert.Contains("- **Score band:** not taken yet", md);
        Assert.Contains("Come back to this plan the day your score arrives", md);
        Assert.Contains("not having a score yet, which changes once it arrives", md);
        AssertNone(md, ["score of ", "With a mid-range score", "With a very strong score"]);
        AssertCommon(md);
    }

    [Fact]
    public void A_very_strong_student_who_prefers_regions_reads_that_the_limit_makes_a_backup_recommended()
    {
        var md = Advise(new { geography = "preferred-regions" });
        Assert.StartsWith("# Dual apply", md);
        Assert.Contains("- **Backup specialty:** recommended", md);
        Assert.Contains("You would rather stay within certain regions. That is a fair choice", md);
        Assert.Contains("That raises your backup need to recommended.", md);
        Assert.Contains("If you open your search to the whole country (if your ties allow it), applying to radiology alone would become reasonable, with a backup optional.", md);
        Assert.Contains("With a very strong score you would be a competitive internal medicine applicant", md);
        AssertNone(md, ["With a mid-range score"]);
        AssertCommon(md);
    }

    [Fact]
    public void A_student_interested_in_two_backups_gets_a_statement_and_letters_for_each()
    {
        var md = Advise(new { step2Score = 240, backupInterests = new[] { "neurology", "psychiatry" } });
        Assert.StartsWith("# Dual apply: diagnostic radiology plus psychiatry and neurology", md);
        Assert.Contains("### Your psychiatry statement", md);
        Assert.Contains("### Your neurology statement", md);
        Assert.Contains("### Letters for psychiatry", md);
        Assert.Contains("### Letters for neurology", md);
        Assert.Contains("each backup letter (psychiatry and neurology) only to programs in its field", md);
        foreach (var other in new[] { "internal medicine", "family medicine" })
        {
            // Ranked among the fits, but the student named only two backups: no documents for the others.
            Assert.DoesNotContain($"### Your {other} statement", md, StringComparison.Ordinal);
            Assert.DoesNotContain($"### Letters for {other}", md, StringComparison.Ordinal);
            Assert.DoesNotContain($"### Framing for {other}", md, StringComparison.Ordinal);
        }

        AssertCommon(md);
    }

    [Fact]
    public void A_student_without_an_observership_is_not_handed_an_observership_story()
    {
        var md = Advise(new { usRadiologyExperience = false });
        AssertNone(md, AssumesAnObservership);
        Assert.Contains("with a real case from your own clinical work", md);
        Assert.Contains("If you complete a radiology observership or elective in a US hospital, applying to radiology alone would become reasonable, with a backup optional.", md);
        AssertCommon(md);
    }

    private static object RuledOut(bool extraYear) => new
    {
        step2Score = 228, examFailures = 1, usClinicalExperiences = 0, usRadiologyExperience = false, radiologyLetters = 0,
        geography = "specific-area", openToCommunityPrograms = false, comfortableWithUnmatchedRisk = false, willingToDoExtraYear = extraYear,
        wouldNotPractice = new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" },
    };

    /// <summary>What no student reads: wrong counts, a stray placeholder, an empty "what would change" section.</summary>
    private static void AssertCommon(string md)
    {
        AssertNone(md, CountsWrong);
        Assert.DoesNotContain("{", md);
        Assert.Contains("## What would change this\n\n- ", md.ReplaceLineEndings("\n"));
    }

    private static void AssertNone(string md, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            Assert.False(md.Contains(phrase, StringComparison.Ordinal), $"should not read \"{phrase}\"");
        }
    }

    /// <summary>The strong baseline with the given fields replaced, run through `advise --format markdown`.</summary>
    internal static string Advise(object overrides, string format = "markdown")
    {
        var answers = JsonNode.Parse("""
            {"exam":"usmle","step2Score":255,"examFailures":0,"usClinicalExperiences":3,"usRadiologyExperience":true,
             "radiologyLetters":2,"reapplicant":false,"yearsSinceGraduation":1,"continuousClinicalWork":true,"geography":"anywhere",
             "openToCommunityPrograms":true,"comfortableWithUnmatchedRisk":true,"willingToDoExtraYear":true,"backupInterests":[],"wouldNotPractice":[]}
            """)!.AsObject();
        foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(overrides)!.AsObject())
        {
            answers[key] = value?.DeepClone();
        }

        var file = Path.Combine(Path.GetTempPath(), $"ra-profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, answers.ToJsonString());
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = AdviseCommand.Run(["--answers", file, "--format", format], () => TestContent.Content, stdout, stderr);
        File.Delete(file);
        Assert.True(exit == 0, stderr.ToString());
        return Encoding.UTF8.GetString(stdout.ToArray());
    }

    [Fact]
    public void The_json_names_the_one_letter_that_would_open_radiology_only()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Advise(new { radiologyLetters = 0 }, "json"));
        var change = json.RootElement.GetProperty("whatWouldChange");
        var option = Assert.Single(change.GetProperty("options").EnumerateArray());
        Assert.Equal("radiology-only", option.GetProperty("goal").GetString());
        Assert.Equal(["radiology-letter"], option.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("optional", option.GetProperty("backupNeed").GetString());
        Assert.Contains("get a letter from a US radiologist", option.GetProperty("text").GetString());
        Assert.Empty(change.GetProperty("pathHeldBy").EnumerateArray());
        Assert.Equal("no-radiology-letter", change.GetProperty("steps")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void The_json_says_when_nothing_in_the_students_control_changes_the_path()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Advise(new { step2Score = 230, examFailures = 1 }, "json"));
        var change = json.RootElement.GetProperty("whatWouldChange");
        Assert.Empty(change.GetProperty("options").EnumerateArray());
        Assert.Equal(["exam-failure", "score-lower"], change.GetProperty("pathHeldBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["exam-failure", "score-lower"], change.GetProperty("needHeldBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(change.GetProperty("held").EnumerateArray(), h => h.GetString()!.StartsWith("Nothing you can change before this cycle", StringComparison.Ordinal));
    }
}
