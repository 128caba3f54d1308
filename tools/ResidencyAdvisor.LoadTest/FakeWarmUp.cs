using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text.Json;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// Runs one connect through each fake before the program starts. The fakes live in this JIT-compiled tool, so their
/// first REST answer and WebSocket handshake take tens of milliseconds of compiling; without this the program's
/// "start -> connected" would be charged for the fake's warm-up instead of its own.
/// </summary>
internal static class FakeWarmUp
{
    public static async Task DiscordAsync(FakeDiscordServer server)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.ApiBaseUrl + "/gateway/bot");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", server.Settings.Token);
        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await HelloAndCloseAsync(new Uri(body.RootElement.GetProperty("url").GetString()!));
    }

    public static async Task SlackAsync(FakeSlack slack)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(slack.ApiBaseUrl, "apps.connections.open"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeSlack.AppToken);
        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await HelloAndCloseAsync(new Uri(body.RootElement.GetProperty("url").GetString()!));
    }

    /// <summary>Connects, reads the first frame (hello on both platforms) and closes.</summary>
    private static async Task HelloAndCloseAsync(Uri url)
    {
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(url, timeout.Token);
        await socket.ReceiveAsync(new byte[16 * 1024], timeout.Token);
        // The fakes do not answer a close handshake; sending ours is enough for them to end the connection.
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "warm-up", timeout.Token);
    }
}
