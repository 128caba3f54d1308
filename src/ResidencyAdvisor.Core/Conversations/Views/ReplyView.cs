namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>What the student should see next; each adapter renders every kind.</summary>
public abstract record ReplyView;
