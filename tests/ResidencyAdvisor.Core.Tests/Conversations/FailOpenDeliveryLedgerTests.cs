using Microsoft.Extensions.Logging.Abstractions;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class FailOpenDeliveryLedgerTests
{
    [Fact]
    public async Task An_unreachable_ledger_lets_the_event_through_so_the_student_still_gets_an_answer()
    {
        var ledger = new FailOpenDeliveryLedger(new BrokenLedger(), NullLogger<FailOpenDeliveryLedger>.Instance);
        Assert.True(await ledger.TryRecordAsync("evt-1", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public async Task An_unreachable_ledger_lets_a_students_turn_that_saves_nothing_through_too()
    {
        var ledger = new FailOpenDeliveryLedger(new BrokenLedger(), NullLogger<FailOpenDeliveryLedger>.Instance);
        Assert.True(await ledger.TryRecordAsync(new ConversationKey("slack", "T1", "U1"), "evt-1", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public async Task A_working_ledger_still_spots_a_repeat()
    {
        var ledger = new FailOpenDeliveryLedger(new InMemoryDeliveryLedger(TimeProvider.System), NullLogger<FailOpenDeliveryLedger>.Instance);
        Assert.True(await ledger.TryRecordAsync("evt-1", TimeSpan.FromMinutes(5), default));
        Assert.False(await ledger.TryRecordAsync("evt-1", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public async Task Shutting_down_still_cancels()
    {
        var ledger = new FailOpenDeliveryLedger(new BrokenLedger(cancel: true), NullLogger<FailOpenDeliveryLedger>.Instance);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ledger.TryRecordAsync("evt-1", TimeSpan.FromMinutes(5), stopping.Token));
    }

    private sealed class BrokenLedger(bool cancel = false) : IDeliveryLedger
    {
        public ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return cancel ? ValueTask.FromResult(true) : throw new IOException("store down");
        }
    }
}
