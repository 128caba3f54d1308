using System.Text.Json;
using System.Text.RegularExpressions;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Host.Tests.ConsoleChat;
using static ResidencyAdvisor.Host.Tests.Cli.AdviceMarkdownProfileTests;

namespace ResidencyAdvisor.Host.Tests.Cli;

/// <summary>
/// One test per problem a program director found in the advice (issue 17, numbered as there): what the affected
/// students must and must not read in the markdown, the JSON and the console chat.
/// </summary>
public partial class ProgramDirectorReviewTests
{

    [Fact]
    public void P1_a_held_line_never_claims_a_floor_that_an_option_goes_below()
    {
        var md = Advise(new { step2Score = 247, radiologyLetters = 0 });
        Assert.Contains("If you get a letter from a US radiologist, applying to radiology alone would become reasonable, with a backup recommended.", md);
        Assert.DoesNotContain("brings your backup need below", md, StringComparison.Ordinal);

        // A step that cannot change this cycle's plan says what it is for.
        var gap = Advise(new { yearsSinceGraduation = 3, continuousClinicalWork = false });
        Assert.Contains("It will not change this cycle's plan, but recent clinical work", gap);
        Assert.DoesNotContain("Get back into clinical work before you apply", gap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P2_no_interest_is_put_in_the_mouth_of_a_student_who_named_none()
    {
        var md = Advise(new { step2Score = 240 });
        Assert.DoesNotContain("interested in internal medicine", md, StringComparison.Ordinal);
        Assert.DoesNotContain("come to enjoy internal medicine", md, StringComparison.Ordinal);
        Assert.Contains("[What you have come to value in internal medicine, from your own experience.]", md);
        Assert.Contains("say only what is true for you", md);

        using var json = JsonDocument.Parse(Advise(new { step2Score = 240 }, "json"));
        Assert.DoesNotContain("interested in internal medicine", json.RootElement.GetProperty("guidance").GetProperty("interview").GetProperty("areYouDualApplying").GetString(), StringComparison.Ordinal);

        // In the chat: the interview section of a student who named no interest.
        var chat = await ChatAsync([.. StudentAnswers.MidRangeNoInterestNamed.TypedAndConfirmed, "1"]);
        Assert.Contains("say only what is true for you", chat);
        Assert.DoesNotContain("genuinely interested in internal medicine", chat, StringComparison.Ordinal);

        // On the console the student can pick the backup to prepare for, and only then does the sample speak of interest.
        Assert.Contains("Which backup should I prepare you for?", chat);
        var picked = await ChatAsync([.. StudentAnswers.MidRangeNoInterestNamed.TypedAndConfirmed, "psychiatry", "1"]);
        Assert.Contains("DUAL APPLY: DIAGNOSTIC RADIOLOGY PLUS PSYCHIATRY", picked);
        Assert.Contains("I am genuinely interested in psychiatry", picked);

        // A student who named it gets the sample that says so.
        Assert.Contains("I am genuinely interested in internal medicine", Advise(new { step2Score = 240, backupInterests = new[] { "internal-medicine" } }));
    }

    [Fact]
    public void P3_any_exam_failure_puts_the_student_in_the_lower_band()
    {
        var md = Advise(new { step2Score = 255, examFailures = 2 });
        Assert.Contains("- **Score band:** lower or with failures", md);
        Assert.Contains("- **Backup specialty:** strongly recommended", md);
        Assert.DoesNotContain("very strong", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("competitive internal medicine applicant", md, StringComparison.Ordinal);
        Assert.DoesNotContain("optional", md, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Advise(new { step2Score = 255, examFailures = 2 }, "json"));
        Assert.Equal("lower", json.RootElement.GetProperty("scoreBand").GetString());
    }

    [Fact]
    public void P4_a_249_reads_both_sides_in_the_headline_and_the_numbers_right()
    {
        var md = Advise(new { step2Score = 249 });
        Assert.StartsWith("# Radiology only is reasonable for you, though at your score a backup is still recommended", md);
        Assert.Contains("- **Backup specialty:** recommended", md);
        Assert.Contains("score of 249 is at the top of the mid-range", md);
        Assert.DoesNotContain("low edge", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P5_every_student_is_told_about_the_PGY1_year_and_supplemental_rank_lists()
    {
        var md = Advise(new { });
        Assert.StartsWith("# Apply to diagnostic radiology only", md);
        Assert.Contains("apply to preliminary or transitional PGY-1 programs and link them to your advanced programs with supplemental rank order lists", md);
        Assert.Contains("not the extra year you were asked about", md);
        Assert.Contains("### You match an advanced radiology position but no PGY-1", md);
        Assert.Contains("### Your preliminary or transitional year statement", md);
        Assert.DoesNotContain("one personal statement is all you need", md, StringComparison.OrdinalIgnoreCase);

        // Kept apart from the extra year: a student who would not do one still reads about the PGY-1, never the extra year.
        var noExtraYear = Advise(new { willingToDoExtraYear = false });
        Assert.Contains("supplemental rank order lists", noExtraYear);
        Assert.DoesNotContain("An extra transitional or preliminary year", noExtraYear, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Advise(new { }, "json"));
        Assert.Contains(json.RootElement.GetProperty("plan").EnumerateArray(), p => p.GetString()!.Contains("supplemental rank order lists", StringComparison.Ordinal));

        var chat = await ChatAsync(StudentAnswers.MidRangeDualApply.TypedAndConfirmed);
        Assert.Contains("supplemental rank order lists", chat);
    }

    [Fact]
    public void P6_reasons_name_only_raises_that_happened_at_most_six_and_no_costs()
    {
        using var json = JsonDocument.Parse(Advise(new
        {
            step2Score = 212, examFailures = 3, usClinicalExperiences = 0, usRadiologyExperience = false, radiologyLetters = 0,
            reapplicant = true, dualAppliedLastCycle = false, yearsSinceGraduation = 6, continuousClinicalWork = false, geography = "specific-area",
            openToCommunityPrograms = false, comfortableWithUnmatchedRisk = false, willingToDoExtraYear = false,
        }, "json"));
        var reasons = json.RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.InRange(reasons.Count, 1, 6);
        // The failures start the need at the top: nothing after them can raise it.
        Assert.DoesNotContain(reasons, r => r.Contains("raises your backup need", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.Contains("costs more", StringComparison.Ordinal));
        Assert.Equal(reasons.Count, reasons.Distinct().Count());

        // Where a raise happened, it is named once with the level it reached.
        var md = Advise(new { radiologyLetters = 0, reapplicant = true, dualAppliedLastCycle = true });
        Assert.Contains("That raises your backup need to recommended.", md);
        Assert.Contains("That raises your backup need to strongly recommended.", md);
    }

    [Fact]
    public void P7_figures_appear_only_where_they_measure_something_for_this_student()
    {
        var md = Advise(new { step2Score = 240, wouldNotPractice = new[] { "family-medicine" } });
        Assert.DoesNotContain("594 of the 636", md, StringComparison.Ordinal);
        Assert.DoesNotContain("family medicine had 805", md, StringComparison.Ordinal);
        Assert.DoesNotContain("67.8%", md, StringComparison.Ordinal);
        Assert.DoesNotContain("67.8%", Advise(new { step2Score = 228, wouldNotPractice = new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" } }), StringComparison.Ordinal);
        Assert.Contains("594 of the 636", Advise(new { step2Score = 240 }));
    }

    [Fact]
    public void P8_several_interests_are_costed_and_named_in_the_headline()
    {
        var md = Advise(new { step2Score = 240, backupInterests = new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" } });
        Assert.StartsWith("# Dual apply: diagnostic radiology plus internal medicine and family medicine", md);
        Assert.Contains("that is three specialties in one cycle, each with its own statement, letters, program list, fees and interviews", md);
        Assert.Contains("### Your family medicine statement", md);
        Assert.DoesNotContain("### Your psychiatry statement", md, StringComparison.Ordinal);
        Assert.Contains("psychiatry (you're interested) and neurology (you're interested)", md);
    }

    [Fact]
    public async Task P9_a_reapplicant_is_asked_about_last_cycle_and_the_advice_uses_it()
    {
        var hadBackup = Advise(new { step2Score = 240, reapplicant = true, dualAppliedLastCycle = true });
        Assert.Contains("so the question is what to change in both applications", hadBackup);
        Assert.Contains("look again at your backup list", hadBackup);
        Assert.DoesNotContain("add a backup specialty this time", hadBackup, StringComparison.Ordinal);

        var radiologyOnly = Advise(new { step2Score = 240, reapplicant = true, dualAppliedLastCycle = false });
        Assert.Contains("a second attempt without a backup repeats the risk of the first", radiologyOnly);
        Assert.Contains("add a backup specialty this time", radiologyOnly);

        var chat = await ChatAsync("usmle", "240", "0", "3", "yes", "2", "yes");
        Assert.Contains("Question 7a of 14 · Backup in your last cycle", chat);
        Assert.Contains("In your last cycle, did you also apply to a backup specialty?", chat);
    }

    [Fact]
    public void P10_is_radiology_realistic_depends_on_the_band_and_the_record()
    {
        using var json = JsonDocument.Parse(Advise(new { step2Score = 212, examFailures = 3, yearsSinceGraduation = 6, continuousClinicalWork = false }, "json"));
        var answer = json.RootElement.GetProperty("guidance").GetProperty("commonQuestions").GetProperty("isRadiologyRealistic").GetString()!;
        Assert.StartsWith("A hard road from where you stand", answer);
        Assert.Contains("a USMLE Step 2 CK score of 212, 3 exam failures and 6 years since graduation without continuous clinical work", answer);
        Assert.DoesNotContain("within reach", answer, StringComparison.Ordinal);

        Assert.Contains("Yes: a very strong score with no failures", Advise(new { }));
    }

    [Fact]
    public void P11_geography_counts_gently_and_is_a_lever_only_if_ties_allow()
    {
        var regions = Advise(new { geography = "preferred-regions" });
        Assert.Contains("- **Backup specialty:** recommended", regions);
        Assert.Contains("That is a fair choice", regions);

        var area = Advise(new { step2Score = 240, geography = "specific-area" });
        Assert.Contains("widen your search from one area to a few regions (if your ties allow it)", area);
        Assert.DoesNotMatch(GeographyWithoutTies(), area);
    }

    [Fact]
    public void P12_wording_reads_right_for_each_student()
    {
        Assert.DoesNotContain("if you have only one", Advise(new { radiologyLetters = 2 }), StringComparison.Ordinal);
        Assert.Contains("a second from another US radiologist", Advise(new { radiologyLetters = 1 }));
        var gap = Advise(new { yearsSinceGraduation = 3, continuousClinicalWork = false });
        Assert.Contains("You graduated 3 years ago and have not worked clinically without a break since", gap);
        Assert.DoesNotContain("since you graduated without", gap, StringComparison.Ordinal);
        Assert.Contains("You would not practice internal medicine, family medicine, psychiatry or neurology",
            Advise(new { step2Score = 230, wouldNotPractice = new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" } }));
    }

    [Fact]
    public async Task P13_the_article_s_checklists_and_per_specialty_statement_qualities_are_shown()
    {
        var md = Advise(new { step2Score = 241, comfortableWithUnmatchedRisk = false });
        Assert.Contains("**Path A, radiology only:** 4 of 5", md);
        Assert.Contains("- ✗ Step 2 CK 245 or higher (COMLEX 640 or higher) with no exam failures", md);
        Assert.Contains("**Path B, dual apply:** 3 of 5", md);
        Assert.Contains("- ✓ Not comfortable with the risk of going unmatched", md);

        using var json = JsonDocument.Parse(Advise(new { step2Score = 241 }, "json"));
        var pathA = json.RootElement.GetProperty("checklists").GetProperty("radiologyOnly").GetProperty("items");
        Assert.Equal(5, pathA.GetArrayLength());
        Assert.False(pathA[0].GetProperty("holds").GetBoolean());
        Assert.Equal("a.score", pathA[0].GetProperty("id").GetString());

        var chat = await ChatAsync(StudentAnswers.MidRangeDualApply.TypedAndConfirmed);
        Assert.Contains("Path B, dual apply: 3 of 5", chat);
        Assert.Contains("  ✓ Could be content in a backup specialty", chat);

        Assert.Contains("continuity of care", Advise(new { step2Score = 240, backupInterests = new[] { "family-medicine" } }));
        Assert.Contains("team-based inpatient care", Advise(new { step2Score = 240, backupInterests = new[] { "internal-medicine" } }));
        Assert.Contains("empathetic listening", Advise(new { step2Score = 240, backupInterests = new[] { "psychiatry" } }));
    }

    [Fact]
    public void The_sample_answers_read_in_at_most_1600_words()
    {
        var words = Regex.Split(Advise(new { step2Score = 241, comfortableWithUnmatchedRisk = false, backupInterests = new[] { "psychiatry" }, wouldNotPractice = new[] { "family-medicine" } }), @"\s+")
            .Count(w => w.Length > 0);
        Assert.InRange(words, 300, 1600);
    }

    private static Task<string> ChatAsync(params string[] lines) =>
        ConsoleTranscript.ChatAsync(TestContent.Content, new InMemoryConversationStore(), ["restart", .. lines, "quit"]);

    // "open your search to the whole country" must always carry its "if your ties allow it".
    [GeneratedRegex(@"(search to the whole country|search from one area to a few regions)(?! \(if your ties allow it\))")]
    private static partial Regex GeographyWithoutTies();
}
