using System.IO.Pipelines;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Core.Tests.Io;

/// <summary>Issue 18 item 1: what a signed endpoint refuses before reading a body, and how long it waits for one.</summary>
public sealed class SignedRequestStartTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RequestBodyLimits _limits = new() { MaxRequestBodyBytes = 64 * 1024, ReadTimeout = TimeSpan.FromSeconds(2) };

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("1700000000", null)]
    [InlineData("stale", "sig")]
    public async Task Bad_signature_headers_are_refused_with_401_without_reading_a_byte(string? timestamp, string? signature)
    {
        var body = new UnreadableStream();

        var start = await RunAsync(new Headers(timestamp, signature), body, declared: 100);

        Assert.Equal(401, start.Status);
        Assert.Null(start.Body);
        Assert.True(start.CloseConnection);
        Assert.False(body.WasRead);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_413_before_the_headers_or_the_body()
    {
        var body = new UnreadableStream();

        var start = await RunAsync(new Headers(null, null), body, declared: 64 * 1024 + 1);

        Assert.Equal(413, start.Status);
        Assert.False(body.WasRead);
    }

    [Fact]
    public async Task A_body_that_does_not_arrive_within_the_read_timeout_is_408()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync("{\"par"u8.ToArray());

        var running = RunAsync(new Headers("ok", "ok"), pipe.Reader.AsStream(), declared: 1000);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(running.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.2));
        var start = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(408, start.Status);
        Assert.Contains("PublicHttp:ReadTimeout", start.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_body_is_returned_and_a_forged_one_is_401()
    {
        var signed = await RunAsync(new Headers("ok", "ok"), new MemoryStream("{}"u8.ToArray()), declared: 2);
        var forged = await RunAsync(new Headers("ok", "forged"), new MemoryStream("{}"u8.ToArray()), declared: 2);

        Assert.Equal("{}"u8.ToArray(), signed.Body);
        Assert.False(signed.CloseConnection);
        Assert.Equal(401, forged.Status);
        Assert.Equal("BadSignature", forged.Refusal);
    }

    [Fact]
    public async Task Memory_follows_the_bytes_that_arrived_not_the_declared_length()
    {
        var body = new MemoryStream(new byte[10]);
        _ = await BoundedBody.ReadAsync(new MemoryStream(new byte[10]), 10, 256 * 1024, default); // warm the pool

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = await BoundedBody.ReadAsync(body, declaredLength: 256 * 1024, maxBytes: 256 * 1024, default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(10, read!.Length);
        Assert.True(allocated < 16 * 1024, $"{allocated} bytes allocated for a 10-byte body declaring 256 KiB");
    }

    private Task<SignedRequest> RunAsync(Headers headers, Stream body, long declared) =>
        SignedRequestStart.RunAsync(headers, name => name == "T" ? headers.Timestamp : headers.Signature, declared, body, _limits, _time, default);

    private sealed record Headers(string? Timestamp, string? Signature) : IRequestSignature
    {
        public string TimestampHeader => "T";

        public string SignatureHeader => "S";

        public string? RefuseHeaders(string? timestamp, string? signature) =>
            timestamp is null || signature is null ? "MissingHeaders" : timestamp == "stale" ? "StaleTimestamp" : null;

        public string? RefuseBody(string timestamp, string signature, ReadOnlySpan<byte> body) => signature == "ok" ? null : "BadSignature";
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public bool WasRead { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            WasRead = true;
            return base.ReadAsync(buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            WasRead = true;
            return base.Read(buffer, offset, count);
        }
    }
}
