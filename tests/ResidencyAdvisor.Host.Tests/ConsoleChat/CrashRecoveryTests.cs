using System.Diagnostics;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

public class CrashRecoveryTests
{
    [Fact]
    public async Task A_host_killed_mid_conversation_is_replaced_and_the_next_answer_continues_with_every_earlier_answer_kept()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ra-crash-{Guid.NewGuid():N}.db");
        var environment = new Dictionary<string, string> { ["Storage__SqlitePath"] = database };

        using (var first = HostProcess.Start([], environment))
        {
            _ = first.StandardError.ReadToEndAsync();
            foreach (var answer in StudentAnswers.MidRangeDualApply.Typed[..3])
            {
                await first.StandardInput.WriteLineAsync(answer);
            }

            await first.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(first.StandardOutput, "Question 4 of 14");

            // No graceful shutdown: the process dies as in a crash or an OOM kill.
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var (exit, stdout, _) = await HostProcess.RunAsync("3\nback\nback\nback\nquit\n", [], environment);

        Assert.Equal(0, exit);
        Assert.Contains("Welcome back! Your earlier answers are saved; let's continue with question 4.", stdout);
        Assert.Contains("Question 5 of 14 · US radiology experience", stdout);
        Assert.Contains("Your answer so far: 3", stdout);
        Assert.Contains("Your answer so far: 0", stdout);
        Assert.Contains("Your answer so far: 241", stdout);
    }
}
