using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class KeyedLocksTests
{
    [Fact]
    public async Task One_keys_turns_wait_for_each_other_and_idle_keys_are_forgotten()
    {
        var locks = new KeyedLocks();
        var first = await locks.AcquireAsync("slack:T:U1", default);
        var second = locks.AcquireAsync("slack:T:U1", default);
        var other = await locks.AcquireAsync("slack:T:U2", default);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        other.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_no_key_behind()
    {
        var locks = new KeyedLocks();
        var held = await locks.AcquireAsync("k", default);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("k", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }
}
