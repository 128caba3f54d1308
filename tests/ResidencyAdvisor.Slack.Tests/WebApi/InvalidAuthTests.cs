using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.WebApi;

public class InvalidAuthTests : SlackTestBed
{
    protected override bool StartAdapter => false;

    [Fact]
    public async Task A_rejected_token_at_start_stops_the_adapter_with_one_clear_error_and_the_host_keeps_running()
    {
        Slack.RejectTokens = true;

        await StartAdapterAsync();
        await Slack.WaitUntilAsync(() => Adapter.Status.FatalError, Wait, "the fatal error");
        await Task.Delay(Quiet);

        var errors = Adapter.Logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Contains("invalid_auth", error.Message, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_auth", Adapter.Status.FatalError, StringComparison.Ordinal);
        Assert.False(Adapter.Status.Connected);
        Assert.Single(Slack.Calls, c => c.Method == "auth.test");
        Assert.Equal(0, Slack.ConnectionsOpened);
        Assert.DoesNotContain(Adapter.Logs.Entries, e => e.Message.Contains(FakeSlack.BotToken, StringComparison.Ordinal));
        Assert.False(Adapter.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_rejected_app_token_stops_the_adapter_naming_the_app_token()
    {
        Slack.RejectAppToken = true;

        await StartAdapterAsync();
        await Slack.WaitUntilAsync(() => Adapter.Status.FatalError, Wait, "the fatal error");
        await Task.Delay(Quiet);

        var error = Assert.Single(Adapter.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains("Slack:AppToken", error.Message, StringComparison.Ordinal);
        Assert.Single(Slack.Calls, c => c.Method == "apps.connections.open");
        Assert.DoesNotContain(Adapter.Logs.Entries, e => e.Message.Contains(FakeSlack.AppToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_chat_call_is_logged_and_the_saved_answer_is_kept()
    {
        await StartAdapterAsync();
        await Slack.WaitForSocketAsync(0, Wait);
        var student = Student();
        var first = await GreetAsync(student);
        var unknown = new FakeMessage(first.Channel, "1.000001", first.Text, first.Blocks, null);

        await student.ClickAsync(unknown, "USMLE");
        var second = await student.NextMessageAsync();

        Assert.Equal("Exam score", second.Header);
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3009 && e.Message.Contains("message_not_found", StringComparison.Ordinal));
    }
}
