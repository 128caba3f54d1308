using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>The out-of-the-box chat on standard input and output; end of input or "quit" stops the host with exit code 0.</summary>
internal sealed class ConsoleChatService(
    ConversationService conversations,
    ConsoleChannel channel,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>One local student; the key is stable so a second run resumes where the first stopped.</summary>
    public static readonly ConversationKey Key = new("console", "local", "me");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await channel.Output.WriteLineAsync("ResidencyAdvisor: backup-specialty planning for US citizen IMGs applying to diagnostic radiology.");
            await WriteAsync(await conversations.HandleAsync(Key, UserInput.Start(), stoppingToken));
            while (!stoppingToken.IsCancellationRequested)
            {
                await channel.Output.WriteAsync("> ");
                await channel.Output.FlushAsync(stoppingToken);
                var line = await channel.Input.ReadLineAsync(stoppingToken);
                if (line is null || IsQuit(line))
                {
                    await channel.Output.WriteLineAsync(line is null ? "" : "Bye! Your answers are saved; run me again to continue.");
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                await WriteAsync(await conversations.HandleAsync(Key, UserInput.Text(line), stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await channel.Output.FlushAsync(CancellationToken.None);
            lifetime.StopApplication();
        }
    }

    private static bool IsQuit(string line) => line.Trim().ToUpperInvariant() is "QUIT" or "EXIT" or "Q";

    private Task WriteAsync(Reply reply) => channel.Output.WriteAsync(ConsoleRenderer.Render(reply));
}
