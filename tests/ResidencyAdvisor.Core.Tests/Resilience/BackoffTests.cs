using ResidencyAdvisor.Core.Resilience;

namespace ResidencyAdvisor.Core.Tests.Resilience;

public class BackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(20, 30)]
    public void The_delay_doubles_per_failure_up_to_the_maximum(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(failures, Min, Max, random: 1.0));
    }

    [Fact]
    public void Jitter_keeps_the_delay_between_half_and_all_of_the_step()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), Backoff.Delay(4, Min, Max, random: 0.0));
        Assert.Equal(TimeSpan.FromSeconds(6), Backoff.Delay(4, Min, Max, random: 0.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(30)]
    public void Backoff_stays_between_half_the_base_and_the_cap(int attempt)
    {
        for (var i = 0; i < 100; i++)
        {
            var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            Assert.InRange(delay, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public void Backoff_grows_with_attempts()
    {
        var early = Enumerable.Range(0, 200).Average(_ => Backoff.Delay(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)).TotalMilliseconds);
        var late = Enumerable.Range(0, 200).Average(_ => Backoff.Delay(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)).TotalMilliseconds);

        Assert.True(late > early * 3);
    }

    [Fact]
    public void A_seeded_random_gives_the_same_waits_every_run()
    {
        var first = Enumerable.Range(1, 5).Select(a => Backoff.Delay(a, Min, Max, new Random(7))).ToList();
        var second = Enumerable.Range(1, 5).Select(a => Backoff.Delay(a, Min, Max, new Random(7))).ToList();

        Assert.Equal(first, second);
    }
}
