namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

public class ConsoleConversationTests
{
    [Fact]
    public async Task A_new_student_chats_from_piped_input_to_a_recommendation_and_its_interview_answers()
    {
        var input = string.Join('\n', StudentAnswers.MidRangeDualApply.TypedAndConfirmed.Append("1")) + "\n";
        var (exit, stdout, stderr) = await HostProcess.RunAsync(input, []);

        Assert.Equal(0, exit);
        Assert.Contains("Question 1 of 14 · Licensing exam", stdout);
        Assert.Contains("Question 14 of 14", stdout);
        Assert.Contains("Here is everything you told me:", stdout);
        Assert.Contains("DUAL APPLY: DIAGNOSTIC RADIOLOGY PLUS INTERNAL MEDICINE", stdout);
        Assert.Contains("Backup specialty: recommended · Score band: mid-range", stdout);
        Assert.Contains("Are you dual applying?", stdout);
        Assert.DoesNotContain("fail", stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_answer_is_re_asked_and_quit_says_the_answers_are_kept()
    {
        var (exit, stdout, _) = await HostProcess.RunAsync("usmle\n320\nquit\n", []);
        Assert.Equal(0, exit);
        Assert.Contains("» Please enter your USMLE Step 2 CK score as a whole number from 1 to 300", stdout);
        Assert.Contains("Bye! Your answers are saved", stdout);
    }

    [Fact]
    public async Task A_broken_template_stops_the_host_with_a_clear_message()
    {
        var broken = Path.Combine(Path.GetTempPath(), "ra-broken-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "config"), broken);
        File.Delete(Path.Combine(broken, "guidance", "letters.md"));

        var (exit, stdout, stderr) = await HostProcess.RunAsync("", [], new Dictionary<string, string> { ["Content__Directory"] = broken });

        Assert.Equal(1, exit);
        Assert.Contains("cannot start", stderr);
        Assert.Contains("letters.md is missing", stderr);
        Assert.DoesNotContain("Question 1", stdout);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
