using ResidencyAdvisor.Core;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests;

/// <summary>A fake Slack on loopback and the real adapter connected to it; one per test.</summary>
public abstract class SlackTestBed : IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>How long to watch for something that must not happen.</summary>
    protected static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    private SlackAdapterHarness? _adapter;

    protected FakeSlack Slack { get; private set; } = null!;

    protected SlackAdapterHarness Adapter => _adapter ?? throw new InvalidOperationException("Adapter not started.");

    /// <summary>Whether the adapter starts (and its first socket is awaited) before each test.</summary>
    protected virtual bool StartAdapter => true;

    /// <summary>Whether Slack talks to the adapter over HTTP (signed POSTs to /slack/events) instead of Socket Mode.</summary>
    protected virtual bool OverHttp => false;

    /// <summary>The config/ the adapter speaks from: the shipped one unless a test rewords it.</summary>
    protected virtual AdvisorContent Content => TestContent.Content;

    public virtual async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        if (StartAdapter)
        {
            await StartAdapterAsync();
            if (!OverHttp)
            {
                await Slack.WaitForSocketAsync(0, Wait);
            }
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_adapter is not null)
        {
            await _adapter.DisposeAsync();
        }

        await Slack.DisposeAsync();
    }

    protected async Task StartAdapterAsync(IDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration>? services = null) =>
        _adapter = OverHttp
            ? await SlackAdapterHarness.StartOverHttpAsync(Slack, settings, services: services, content: Content)
            : await SlackAdapterHarness.StartAsync(Slack, settings, content: Content);

    protected SlackStudent Student(string userId = "U0STUDENT") => new(Slack, userId);

    /// <summary>The words on the buttons and menus, from config/labels.json.</summary>
    protected static ChatLabels Labels => TestContent.Content.Labels;

    /// <summary>The settings of "Add to Slack" (many workspaces, no bot token of its own), with a fresh token key.</summary>
    protected static Dictionary<string, string?> ManyWorkspaceSettings() => new()
    {
        ["Slack:BotToken"] = "",
        ["Slack:ClientId"] = FakeSlack.ClientId,
        ["Slack:ClientSecret"] = FakeSlack.ClientSecret,
        ["Slack:TokenKey"] = ResidencyAdvisor.Slack.OAuth.TokenProtector.NewKey(),
    };

    /// <summary>Says "hi" in the DM and returns the first question.</summary>
    protected static async Task<FakeMessage> GreetAsync(SlackStudent student)
    {
        await student.SendDmAsync("hi");
        return await student.NextMessageAsync();
    }

    /// <summary>Answers the exam (a button) and the score (typed, 241, seen in the DM), and returns the third question.</summary>
    protected async Task<FakeMessage> AnswerTwoQuestionsAsync(SlackStudent student)
    {
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        await student.NextMessageAsync();
        await student.SendDmAsync("241");
        var third = await student.NextMessageAsync();
        Assert.Contains(Slack.Messages(student.Channel), m => m.AllText().Contains("241", StringComparison.Ordinal));
        return third;
    }

    /// <summary>After <see cref="AnswerTwoQuestionsAsync"/> and forget: the erased notice, and no other DM message shows an answer or a control.</summary>
    protected void AssertNoAnswerShown(SlackStudent student, FakeMessage erased)
    {
        Assert.Contains("everything you told me has been erased", erased.AllText(), StringComparison.Ordinal);
        var shown = Slack.Messages(student.Channel).Where(m => m.EphemeralUser is null && m.Ts != erased.Ts).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, m =>
        {
            Assert.DoesNotContain("241", m.AllText(), StringComparison.Ordinal);
            Assert.DoesNotContain("USMLE", m.AllText(), StringComparison.Ordinal);
            Assert.False(m.HasControls);
        });
    }
}
