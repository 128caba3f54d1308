namespace ResidencyAdvisor.Core.Conversations;

/// <summary>What the student should see next; each adapter renders every kind.</summary>
public abstract record ReplyView;
