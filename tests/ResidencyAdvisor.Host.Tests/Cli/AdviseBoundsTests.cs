namespace ResidencyAdvisor.Host.Tests.Cli;

/// <summary>Finding 8, CLI half: what advise echoes is escaped and short, and what it reads is bounded.</summary>
public class AdviseBoundsTests
{
    [Fact]
    public async Task An_unknown_field_holding_a_terminal_escape_sequence_is_echoed_escaped_and_truncated()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ra-escape-{Guid.NewGuid():N}.json");
        var name = "\u001b]0;owned\u0007\u001b[2J" + new string('x', 500);
        await File.WriteAllTextAsync(file, "{\"" + name.Replace("\u001b", "\\u001b", StringComparison.Ordinal).Replace("\u0007", "\\u0007", StringComparison.Ordinal) + "\": 1}");

        var (exit, stdout, stderr) = await HostProcess.RunAsync("", ["advise", "--answers", file]);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.DoesNotContain('\u001b', stderr);
        Assert.DoesNotContain('\u0007', stderr);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains("unknown field", StringComparison.Ordinal));
        Assert.Contains("\\u001b]0;owned\\u0007", line, StringComparison.Ordinal);
        Assert.True(line.Length < 400, $"the echoed name is cut short, but the line was {line.Length} characters");
    }

    [Fact]
    public async Task An_argument_holding_an_escape_sequence_is_echoed_escaped()
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("", ["advise", "--bogus\u001b[31m"]);

        Assert.Equal(2, exit);
        Assert.DoesNotContain('\u001b', stderr);
        Assert.Contains("--bogus\\u001b[31m", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_answers_file_such_as_dev_zero_is_refused_at_once()
    {
        var (exit, stdout, stderr) = await HostProcess.RunAsync("", ["advise", "--answers", "/dev/zero"]);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("larger than 64 KB", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answers_file_over_the_size_limit_is_refused_with_one_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ra-big-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{\"exam\": \"usmle\"" + new string(' ', 100 * 1024) + "}");

        var (exit, _, stderr) = await HostProcess.RunAsync("", ["advise", "--answers", file]);

        Assert.Equal(2, exit);
        Assert.Equal("error: the answers file is larger than 64 KB; it should hold only the fields listed in the README", stderr.Trim());
    }
}
