using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class ConversationKeyTests
{
    [Theory]
    [InlineData("slack", "T0TEAM", "U0STUDENT")]
    [InlineData("slack", "E0GRID:T0TEAM", "U0STUDENT")]
    [InlineData("discord", "dm", "5678")]
    public void A_stored_key_reads_back_as_the_key_that_wrote_it_even_when_its_scope_holds_a_colon(string platform, string scope, string user)
    {
        var key = new ConversationKey(platform, scope, user);

        Assert.Equal(key, ConversationKey.FromStored(key.ToString(), platform, user));
    }
}
