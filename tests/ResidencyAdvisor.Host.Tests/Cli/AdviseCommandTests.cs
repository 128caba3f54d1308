using System.Text;
using System.Text.Json;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.Cli;

namespace ResidencyAdvisor.Host.Tests.Cli;

public class AdviseCommandTests
{
    private static readonly string MidRange = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Answers", "mid-range.json"));

    [Fact]
    public void A_complete_answers_file_gives_the_recommendation_as_json()
    {
        var (exit, stdout, stderr) = Run(MidRange);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("dual-apply", root.GetProperty("path").GetString());
        Assert.Equal("recommended", root.GetProperty("backupNeed").GetString());
        Assert.Equal("mid-range", root.GetProperty("scoreBand").GetString());
        // The backup applied to carries its profile; the rest of the ranking is named only.
        Assert.Equal(["psychiatry"], root.GetProperty("backupSpecialties").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        Assert.Equal(["internal-medicine", "neurology"], root.GetProperty("otherBackups").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("soap", root.GetProperty("contingencies")[0].GetString());
        Assert.Contains(root.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("241"));
        Assert.Contains("psychiatry", root.GetProperty("guidance").GetProperty("interview").GetProperty("areYouDualApplying").GetString());
    }

    [Fact]
    public void Markdown_format_gives_a_readable_document()
    {
        var (exit, stdout, _) = Run(MidRange, "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# Dual apply: diagnostic radiology plus psychiatry", stdout);
        Assert.Contains("### Are you dual applying?", stdout);
    }

    [Theory]
    [InlineData("\"exam\": \"usmle\"", "\"exam\": \"mcat\"", "'exam' is \"mcat\"; allowed: one of \"usmle\", \"comlex\"")]
    [InlineData("\"step2Score\": 241", "\"step2Score\": 320", "'step2Score' is 320; allowed: an integer from 1 to 300 for USMLE, or null if not taken yet")]
    [InlineData("\"examFailures\": 0", "\"examFailures\": -1", "'examFailures' is -1; allowed: an integer of 0 or more")]
    [InlineData("\"reapplicant\": false", "\"reapplicant\": \"no\"", "'reapplicant' is \"no\"; allowed: true or false")]
    [InlineData("\"geography\": \"anywhere\"", "\"geography\": \"moon\"", "'geography' is \"moon\"; allowed: one of \"anywhere\", \"preferred-regions\", \"specific-area\"")]
    [InlineData("\"backupInterests\": [\"psychiatry\"]", "\"backupInterests\": [\"dermatology\"]", "'backupInterests' is \"dermatology\"; allowed: specialty ids from: internal-medicine, family-medicine, psychiatry, neurology")]
    [InlineData("\"exam\": \"usmle\",", "", "missing field 'exam'")]
    [InlineData("\"exam\": \"usmle\",", "\"exam\": \"usmle\", \"nickname\": \"x\",", "unknown field 'nickname'")]
    [InlineData("\"wouldNotPractice\": [\"family-medicine\"]", "\"wouldNotPractice\": [\"psychiatry\"]", "'psychiatry' is in both backupInterests and wouldNotPractice")]
    public void Bad_input_exits_2_naming_the_field_and_what_is_allowed_with_nothing_on_stdout(string find, string replace, string expected)
    {
        var (exit, stdout, stderr) = Run(MidRange.Replace(find, replace, StringComparison.Ordinal));
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public void A_comlex_score_is_checked_on_the_comlex_scale()
    {
        var comlex = MidRange.Replace("\"usmle\"", "\"comlex\"", StringComparison.Ordinal).Replace("241", "5", StringComparison.Ordinal);
        var (exit, _, stderr) = Run(comlex);
        Assert.Equal(2, exit);
        Assert.Contains("'step2Score' is 5; allowed: an integer from 9 to 999 for COMLEX", stderr);
    }

    [Fact]
    public void Malformed_json_exits_2()
    {
        var (exit, stdout, stderr) = Run("{ \"exam\": ");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("not valid JSON", stderr);
    }

    [Fact]
    public void A_missing_file_or_format_is_a_usage_error()
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        Assert.Equal(2, AdviseCommand.Run(["--answers", "/nonexistent/answers.json"], () => TestContent.Content, stdout, stderr));
        Assert.Contains("cannot read '/nonexistent/answers.json'", stderr.ToString());
        Assert.Equal(2, AdviseCommand.Run(["--answers", "x.json", "--format", "xml"], () => TestContent.Content, stdout, stderr));
        Assert.Contains("--format must be json or markdown", stderr.ToString());
        Assert.Equal(0, stdout.Length);
    }

    [Fact]
    public async Task The_built_program_runs_advise_from_the_command_line()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Answers", "mid-range.json");
        var (exit, stdout, _) = await HostProcess.RunAsync("", ["advise", "--answers", file]);
        Assert.Equal(0, exit);
        Assert.Contains("\"path\": \"dual-apply\"", stdout);

        var bad = Path.Combine(Path.GetTempPath(), $"ra-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, "[]");
        var (badExit, badOut, badErr) = await HostProcess.RunAsync("", ["advise", "--answers", bad]);
        Assert.Equal(2, badExit);
        Assert.Empty(badOut);
        Assert.Contains("must be a JSON object", badErr);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string json, params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ra-answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = AdviseCommand.Run(["--answers", file, .. extra], () => TestContent.Content, stdout, stderr);
        File.Delete(file);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
