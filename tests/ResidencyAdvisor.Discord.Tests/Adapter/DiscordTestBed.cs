using System.Runtime.CompilerServices;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>
/// A suite of adapter tests that runs over the gateway, and again over the interactions endpoint in its …OverHttp
/// subclass, the way Slack's suites rerun over HTTP: what the student sees must not depend on the transport.
/// </summary>
public abstract class DiscordTestBed
{
    /// <summary>Whether Discord POSTs signed interactions to /discord/interactions instead of dispatching them over the gateway.</summary>
    protected virtual bool OverHttp => false;

    /// <summary>The config the adapter reads its words from: as shipped, unless a suite rewords some.</summary>
    protected virtual AdvisorContent Content => TestContent.Content;

    /// <summary>Starts the real adapter against a fake Discord on this suite's transport.</summary>
    private protected Task<AdapterHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Func<IConversationStore, IConversationStore>? wrapStore = null,
        TimeProvider? replyClock = null,
        AdapterHarness.Shared? shared = null,
        [CallerMemberName] string test = "") =>
        AdapterHarness.StartAsync(settings: settings, wrapStore: wrapStore, replyClock: replyClock, overHttp: OverHttp, shared: shared, content: Content, test: test);
}
