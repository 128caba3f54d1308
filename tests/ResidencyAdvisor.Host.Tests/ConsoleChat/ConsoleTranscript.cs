using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Host.ConsoleChat;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>Runs the console chat in-process on typed lines and returns everything it printed.</summary>
internal static class ConsoleTranscript
{
    public static async Task<string> ChatAsync(AdvisorContent content, IConversationStore store, params string[] lines)
    {
        var service = new TurnHandler(store, new ConversationEngine(content), TimeProvider.System);
        var output = new StringWriter();
        var chat = new ConsoleChatService(service, new ConsoleChannel(new StringReader(string.Join('\n', lines) + "\n"), output), new Lifetime());
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
