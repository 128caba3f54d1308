namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>What survives a dropped connection: the session id, where to resume, and the last sequence seen.</summary>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public int? Sequence => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Ready(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Saw(int sequence)
    {
        // Sequences only grow; a replayed older event must not move us back.
        int current;
        do
        {
            current = Volatile.Read(ref _sequence);
            if (sequence <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _sequence, sequence, current) != current);
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
