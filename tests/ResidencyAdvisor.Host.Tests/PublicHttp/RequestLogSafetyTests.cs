using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Host.Tests.PublicHttp;

/// <summary>Issue 18 items 6 and 7: what a request can make the operator's log say.</summary>
public sealed class RequestLogSafetyTests
{
    [Fact]
    public async Task An_encoded_line_feed_in_the_path_cannot_forge_a_second_log_line()
    {
        await using var listener = await PublicListenerTests.StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()), []);

        var status = await RawHttp.SendAsync(listener.BaseAddress, "GET /x%0Afail:%20Fake HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(404, status);
        var line = Assert.Single(listener.Logs.Entries, e => e.Message.StartsWith("HTTP GET /x", StringComparison.Ordinal)).Message;
        Assert.StartsWith("HTTP GET /x\\x0Afail: Fake answered 404", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task An_encoded_escape_character_in_the_path_is_logged_as_text_not_as_a_terminal_control()
    {
        await using var listener = await PublicListenerTests.StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()), []);

        var status = await RawHttp.SendAsync(listener.BaseAddress, "GET /%1B[31mred%7F%C2%85 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(404, status);
        var line = Assert.Single(listener.Logs.Entries, e => e.Message.StartsWith("HTTP GET /", StringComparison.Ordinal)).Message;
        Assert.StartsWith("HTTP GET /\\x1B[31mred\\x7F\\x85 answered 404", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public async Task An_oversized_chunked_body_is_logged_with_the_413_the_client_got_and_no_stack_trace()
    {
        await using var listener = await PublicListenerTests.StartAsync(
            (endpoints, _) => endpoints.MapPost("/hook", async (HttpContext context) =>
            {
                // Reads the way the adapters do, with a limit of its own above the listener's.
                var body = await BoundedBody.ReadAsync(context.Request.Body, context.Request.ContentLength, 1 << 20, context.RequestAborted);
                return Results.Ok(body?.Length);
            }),
            new() { ["PublicHttp:MaxRequestBodyBytes"] = "1024" });
        var chunk = new string('a', 4096);

        var status = await RawHttp.SendAsync(listener.BaseAddress,
            "POST /hook HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n",
            Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n{chunk}\r\n0\r\n\r\n"));

        Assert.Equal(413, status);
        await Poll.UntilAsync(() => listener.Logs.Entries.Any(e => e.Message.StartsWith("HTTP POST /hook", StringComparison.Ordinal)));
        var line = Assert.Single(listener.Logs.Entries, e => e.Message.StartsWith("HTTP POST /hook", StringComparison.Ordinal));
        Assert.StartsWith("HTTP POST /hook answered 413", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(listener.Logs.Entries, e => e.Level >= LogLevel.Information && e.Exception is not null);
        Assert.DoesNotContain(listener.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }
}
