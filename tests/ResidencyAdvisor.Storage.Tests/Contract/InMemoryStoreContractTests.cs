using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The core's in-memory store keeps the contract too, so tests written against it hold for the real ones.</summary>
public sealed class InMemoryStoreContractTests : ConversationStoreContract
{
    protected override IConversationStore CreateStore() => new InMemoryConversationStore(Time, Retention);

    // The store's own ledger: its saves record their deliveries there.
    protected override IDeliveryLedger CreateLedger() => ((InMemoryConversationStore)Store).Deliveries;

    protected override IInstallationStore CreateInstallations() =>
        new InMemoryInstallationStore((InMemoryConversationStore)Store, (InMemoryPostedMessageStore)PostedMessages);

    protected override IPostedMessageStore CreatePostedMessages() => new InMemoryPostedMessageStore(Time, Retention);

    protected override IReminderStore CreateReminders() => new InMemoryReminderStore();

    protected override IReminderStore AnotherInstancesReminders() => Reminders;

    protected override IOAuthStateStore CreateOAuthStates() => new InMemoryOAuthStateStore(Time);

    protected override Task PutRawAsync(ConversationKey key, byte[] payload)
    {
        ((InMemoryConversationStore)Store).PutRaw(key, payload);
        return Task.CompletedTask;
    }
}
