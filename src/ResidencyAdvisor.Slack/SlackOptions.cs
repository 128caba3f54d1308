namespace ResidencyAdvisor.Slack;

/// <summary>The Slack adapter's settings, bound from the "Slack" configuration section and validated at start-up.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Socket Mode: the bot dials out, no public URL.</summary>
    public bool SocketMode => AppToken.Length > 0;

    /// <summary>HTTP mode: Slack POSTs to /slack/events, verified with the signing secret.</summary>
    public bool HttpMode => !SocketMode && SigningSecret.Length > 0;

    /// <summary>Many workspaces: each installs through OAuth and gets its own sealed bot token.</summary>
    public bool ManyWorkspaces => ClientId.Length > 0 && ClientSecret.Length > 0;

    /// <summary>The app-level token (xapp-) with connections:write, used only for apps.connections.open. Set: Socket Mode.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>The bot token (xoxb-) of the one workspace; not needed when workspaces install through OAuth.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Proves HTTP requests come from Slack; set without an app token, Slack talks to /slack/events.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>With <see cref="ClientSecret"/>: any workspace can install the app ("Add to Slack").</summary>
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Base64 of 32 random bytes that seals each workspace's bot token before it is stored.</summary>
    public string TokenKey { get; set; } = "";

    /// <summary>Keys tokens were sealed with before a rotation; still read, never used to seal.</summary>
    public IList<string> PreviousTokenKeys { get; } = [];

    /// <summary>Where "Add to Slack" sends the browser.</summary>
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>The public address of this deployment (https://YOUR_HOST/); empty: taken from each request.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Bot scopes asked for on install.</summary>
    public string Scopes { get; set; } = "chat:write,im:history,im:read,im:write,commands,files:write";

    /// <summary>Every Web API call goes through this base, so the adapter can be pointed at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>One Web API call longer than this fails, and is retried as <see cref="ServerErrorRetries"/> allows.</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many Socket Mode connections to keep open (Slack allows up to 10 per app).</summary>
    public int Connections { get; set; } = 1;

    /// <summary>First delay before reconnecting a dropped socket; doubles per failure, with jitter.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long Slack may take to say hello on a fresh socket before it is dropped and retried.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long event ids are remembered, so a redelivered event is answered once.</summary>
    public TimeSpan DeliveryWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sustained rate of messages to one channel (Slack: about one a second).</summary>
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Short bursts a channel may take before messages wait for the interval.</summary>
    public int ChannelMessageBurst { get; set; } = 3;

    /// <summary>How many times a call answered with HTTP 429 is retried after its Retry-After.</summary>
    public int RateLimitRetries { get; set; } = 3;

    /// <summary>How many times a call answered 5xx, or lost to a network failure or timeout, is retried (with jittered backoff).</summary>
    public int ServerErrorRetries { get; set; } = 2;

    /// <summary>A 429 asking for a longer wait than this fails the call instead of stalling a student.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a Socket Mode socket may be silent before it is pinged; another such silence drops and reopens it.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long opening a Socket Mode WebSocket (TCP, TLS, upgrade) may take before it is abandoned and retried.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
