using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;

namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>
/// The out-of-the-box chat on standard input and output; end of input or "quit" stops the host with exit code 0 —
/// except input that is not a terminal and ends before a single line (a container started without one), which is
/// told how to configure a platform and ends with exit code 1, so a restart policy does not loop.
/// </summary>
internal sealed class ConsoleChatService(
    TurnHandler conversations,
    ConsoleChannel channel,
    IHostApplicationLifetime lifetime,
    AdvisorContent content) : BackgroundService
{
    /// <summary>One local student; the key is stable so a second run resumes where the first stopped.</summary>
    public static readonly ConversationKey Key = new("console", "local", "me");

    // For whoever starts the program, not a student, so it stays in code beside the settings it names.
    public const string NoInputHelp =
        "residency-advisor: no platform is configured and standard input ended before any answer. Set Discord__Token, "
        + "or both Slack__AppToken and Slack__BotToken, to run the bot on a platform; for the console chat, start it with a terminal (docker run -it).";

    /// <summary>0 once the chat ends normally; 1 when input ended before anything was typed and was not a terminal.</summary>
    public int ExitCode { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await channel.Output.WriteLineAsync(content.Labels[ChatLabel.ConsoleWelcome]);
            await WriteAsync(await conversations.HandleAsync(Key, UserInput.Start(), stoppingToken));
            var anyInput = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                await channel.Output.WriteAsync("> ");
                await channel.Output.FlushAsync(stoppingToken);
                var line = await channel.Input.ReadLineAsync(stoppingToken);
                if (line is null && !anyInput && !channel.InputIsTerminal)
                {
                    await channel.Output.WriteLineAsync();
                    await channel.Error.WriteLineAsync(NoInputHelp);
                    ExitCode = 1;
                    break;
                }

                anyInput = true;
                if (line is null || IsQuit(line))
                {
                    await channel.Output.WriteLineAsync(line is null ? "" : content.Labels[ChatLabel.ConsoleBye]);
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

    private async Task WriteAsync(Reply reply)
    {
        await channel.Output.WriteAsync(ConsoleRenderer.Render(reply, content.Labels));
        if (reply.View is PlanView plan)
        {
            var path = PlanFile.Write(channel.PlanDirectory, plan.FileName, plan.Markdown);
            await channel.Output.WriteLineAsync(content.Labels.Format(ChatLabel.ConsolePlanWritten, ("path", path), ("progress", plan.Checklist.Progress)));
        }
    }
}
