using System.Text.Json.Nodes;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>Two real hosts on one Redis behind one (fake) Slack app, which spreads envelopes over both hosts' sockets.</summary>
public sealed class ScaleOutTests(TwoSlackHostsOnOneRedis cluster) : IClassFixture<TwoSlackHostsOnOneRedis>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [RedisFact]
    public async Task One_students_answers_go_alternately_through_both_hosts_and_end_in_the_dual_apply_recommendation()
    {
        var student = new SlackStudent(cluster.Slack, "U0SCALEOUT1");

        await student.SendDmAsync("hi");
        var result = await StudentScript.RunToRecommendationAsync(student, await student.NextMessageAsync());
        await student.ClickAsync(result, "Interview answers");
        var interview = await student.NextMessageAsync();

        var everything = string.Join("\n", cluster.Slack.Messages(student.Channel).Select(m => m.AllText()));
        Assert.Contains("Dual apply: diagnostic radiology plus internal medicine", everything, StringComparison.Ordinal);
        Assert.Equal("Interview answers", interview.Header);
        Assert.Contains("*Are you dual applying?*", interview.AllText(), StringComparison.Ordinal);

        // A typed answer is never shown on a question it did not answer, though the other host may have posted the
        // question it did answer (that one then keeps its buttons, which only say "already recorded"). The script
        // types the radiology letters (question 6); the exam failures (question 3) are a quick pick.
        var typed = cluster.Slack.Messages(student.Channel).Select(m => m.AllText())
            .Where(t => t.Contains("You replied", StringComparison.Ordinal)).ToArray();
        Assert.All(typed, t => Assert.True(
            (t.Contains("Question 3 of 14", StringComparison.Ordinal) && t.Contains("You replied \u201c0\u201d", StringComparison.Ordinal))
            || (t.Contains("Question 6 of 14", StringComparison.Ordinal) && t.Contains("You replied \u201c1\u201d", StringComparison.Ordinal)),
            t));

        // Every envelope of this conversation (greeting, clicks, typed numbers, modal opens and submissions) went to
        // the other host than the one before it, and each host acknowledged what it got exactly once.
        var carried = cluster.Deliveries.Where(d => d.Channel == student.Channel).ToArray();
        Assert.True(carried.Length >= 20, $"only {carried.Length} envelopes");
        Assert.All(carried.Zip(carried.Skip(1)), pair => Assert.NotEqual(pair.First.SocketIndex, pair.Second.SocketIndex));
        Assert.Equal([0, 1], carried.Select(d => d.SocketIndex).Distinct().Order());
        await Task.WhenAll(carried.Select(d => d.Acked)).WaitAsync(Wait);
        Assert.All(carried, d => Assert.Equal(1, d.AckCount));

        // Socket i is still host i's only connection: nothing reconnected and swapped them.
        Assert.Equal(TwoSlackHostsOnOneRedis.Hosts, cluster.Slack.Sockets.Count(s => s.IsOpen));
        for (var host = 0; host < TwoSlackHostsOnOneRedis.Hosts; host++)
        {
            Assert.Single(cluster.Logs, line => line.StartsWith($"[host {host}]", StringComparison.Ordinal)
                && line.Contains("Socket Mode connection", StringComparison.Ordinal) && line.EndsWith(" is open", StringComparison.Ordinal));
        }

        var saved = await cluster.LoadAsync(student);
        Assert.NotNull(saved);
        Assert.Equal(Step.Done, saved.Step);
        Assert.Equal([SpecialtyId.InternalMedicine], saved.Answers.BackupInterests);
        Assert.DoesNotContain(cluster.Logs, line => line.Contains(FakeSlack.BotToken, StringComparison.Ordinal)
            || line.Contains(FakeSlack.AppToken, StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task Two_concurrent_clicks_on_one_question_through_both_hosts_record_exactly_one_answer()
    {
        var student = new SlackStudent(cluster.Slack, "U0SCALEOUT2");
        await student.SendDmAsync("hi");
        var question = await student.NextMessageAsync();
        Assert.Equal("Licensing exam", question.Header);
        var before = await cluster.LoadAsync(student);
        Assert.NotNull(before);

        var racedBefore = Raced();

        // The same question on two devices, clicked at once; the fake hands consecutive envelopes to different hosts.
        // Both hosts reach their save before either may write, so both answers really meet at the compare-and-set.
        FakeDelivery[] clicks = [];
        await cluster.HoldSavesUntilWaitingAsync(2, async () => clicks = await Task.WhenAll(
            Task.Run(() => student.ClickAsync(Copy(question), "USMLE")),
            Task.Run(() => student.ClickAsync(Copy(question), "COMLEX"))));
        var next = await student.NextMessageAsync();
        var notice = await student.NextEphemeralAsync();
        await Task.WhenAll(clicks.Select(c => c.Acked)).WaitAsync(Wait);

        Assert.NotEqual(clicks[0].SocketIndex, clicks[1].SocketIndex);
        Assert.Equal("Exam score", next.Header);
        Assert.Matches("already recorded|out of date", notice.Text);
        Assert.Equal(0, student.UnreadMessages);
        Assert.Single(cluster.Slack.Messages(student.Channel), m => m.EphemeralUser is not null);

        var after = await cluster.LoadAsync(student);
        Assert.NotNull(after);
        Assert.Equal(before.Turn + 1, after.Turn);
        Assert.Equal(before.SessionId, after.SessionId);
        Assert.Equal(Step.Step2Score, after.Step);
        var (won, lost) = after.Answers.Exam == ExamKind.Usmle ? ("USMLE", "COMLEX") : ("COMLEX", "USMLE");
        Assert.Contains($"Your answer: {won}", question.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(lost, question.AllText(), StringComparison.Ordinal);
        Assert.Equal(1, question.Updates);
        await PollAsync(() => Raced() > racedBefore);
        Assert.Equal(racedBefore + 1, Raced());
    }

    /// <summary>How many compare-and-set losses the hosts have logged: a turn that read the store, or ran on its memory copy.</summary>
    private int Raced() => cluster.Logs.Count(line => line.Contains("Two turns raced on one conversation", StringComparison.Ordinal)
        || line.Contains("The conversation kept in memory was out of date", StringComparison.Ordinal));

    /// <summary>Log lines travel through a pipe; give them a moment.</summary>
    private static async Task PollAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!condition() && !timeout.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static FakeMessage Copy(FakeMessage message) =>
        new(message.Channel, message.Ts, message.Text, (JsonArray)message.Blocks.DeepClone(), null);
}
