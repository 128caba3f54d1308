namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>One conversation in the fake: its messages and opened modals, with its own change signal so waiting is cheap.</summary>
internal sealed class FakeChannel(bool keepHistory)
{
    /// <summary>Without history only the newest messages keep their blocks; a load run's students never look further back.</summary>
    private const int LiveMessages = 4;

    private readonly List<FakeMessage> _messages = [];
    private readonly List<FakeView> _views = [];

    public ChangeSignal Signal { get; } = new();

    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public IReadOnlyList<FakeView> Views
    {
        get
        {
            lock (_messages)
            {
                return [.. _views];
            }
        }
    }

    public FakeMessage? MessageAt(int index, bool ephemeral)
    {
        lock (_messages)
        {
            return _messages.Where(m => (m.EphemeralUser is not null) == ephemeral).ElementAtOrDefault(index);
        }
    }

    public FakeView? ViewAt(int index)
    {
        lock (_messages)
        {
            return _views.ElementAtOrDefault(index);
        }
    }

    public void Add(FakeMessage message)
    {
        lock (_messages)
        {
            _messages.Add(message);
            if (!keepHistory && _messages.Count > LiveMessages)
            {
                _messages[^(LiveMessages + 1)].BlocksJson = "[]";
            }
        }

        Signal.Pulse();
    }

    public void Add(FakeView view)
    {
        lock (_messages)
        {
            _views.Add(view);
        }

        Signal.Pulse();
    }

    public bool Update(string ts, string text, string blocks)
    {
        lock (_messages)
        {
            if (_messages.FirstOrDefault(m => m.Ts == ts && m.EphemeralUser is null) is not { } message)
            {
                return false;
            }

            message.Text = text;
            message.BlocksJson = blocks;
            message.Updates++;
        }

        Signal.Pulse();
        return true;
    }
}
