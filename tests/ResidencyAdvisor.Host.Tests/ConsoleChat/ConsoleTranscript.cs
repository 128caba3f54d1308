using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Host.ConsoleChat;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>Runs the console chat in-process on typed lines and returns everything it printed.</summary>
internal static class ConsoleTranscript
{
    public static Task<string> ChatAsync(AdvisorContent content, IConversationStore store, params string[] lines) =>
        ChatInAsync(Directory.GetCurrentDirectory(), content, store, lines);

    /// <summary>As <see cref="ChatAsync"/>, with "plan" writing its file into <paramref name="planDirectory"/>.</summary>
    public static async Task<string> ChatInAsync(string planDirectory, AdvisorContent content, IConversationStore store, params string[] lines)
    {
        var service = new TurnHandler(store, new ConversationEngine(content), TimeProvider.System);
        var output = new StringWriter();
        var channel = new ConsoleChannel(new StringReader(string.Join('\n', lines) + "\n"), output) { PlanDirectory = planDirectory };
        var chat = new ConsoleChatService(service, channel, new Lifetime(), content);
        await chat.StartAsync(default);
        await chat.ExecuteTask!;
        return output.ToString();
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
