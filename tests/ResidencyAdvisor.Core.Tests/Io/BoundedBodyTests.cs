using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Core.Tests.Io;

public sealed class BoundedBodyTests
{
    private static MemoryStream Bytes(int count) => new(Enumerable.Range(0, count).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_whole_and_unchanged()
    {
        var body = await BoundedBody.ReadAsync(Bytes(20_000), declaredLength: null, maxBytes: 20_000, default);
        Assert.Equal(Bytes(20_000).ToArray(), body);
    }

    [Fact]
    public async Task A_body_one_byte_over_the_limit_is_refused_even_without_a_declared_length()
    {
        Assert.Null(await BoundedBody.ReadAsync(Bytes(20_001), declaredLength: null, maxBytes: 20_000, default));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var stream = Bytes(10);
        Assert.Null(await BoundedBody.ReadAsync(stream, declaredLength: 50_000, maxBytes: 20_000, default));
        Assert.Equal(0, stream.Position);
    }
}
