using NSec.Cryptography;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>How the fake Discord behaves; small heartbeat intervals keep tests fast.</summary>
public sealed class FakeDiscordSettings
{
    public string Token { get; set; } = "fake-bot-token";

    public string ApplicationId { get; set; } = "100000000000000001";

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Close every Identify with 4004 (authentication failed) even though REST accepted the token.</summary>
    public bool RejectIdentify { get; set; }

    /// <summary>Keep every REST request for assertions; the load tool turns this off to measure the adapter, not the log.</summary>
    public bool RecordRequests { get; set; } = true;

    public int SessionStartRemaining { get; set; } = 1000;

    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The application's Ed25519 key: the fake signs interactions it POSTs with it, as Discord does.</summary>
    public Key SigningKey { get; } = Key.Create(SignatureAlgorithm.Ed25519);

    /// <summary>What the developer portal shows as the public key; set Discord:PublicKey to this.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(SigningKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));
}
