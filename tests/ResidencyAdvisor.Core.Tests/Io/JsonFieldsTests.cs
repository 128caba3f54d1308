using System.Text;
using System.Text.Json;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Core.Tests.Io;

public class JsonFieldsTests
{
    [Fact]
    public void Fields_are_read_in_order_with_nested_values_kept_as_raw_json()
    {
        var json = Encoding.UTF8.GetBytes("""{"n":7,"text":"hi","nothing":null,"data":{"a":[1,{"b":2}]},"skip":[true]}""");
        var reader = JsonFields.Open(json);
        var seen = new List<string>();
        ReadOnlyMemory<byte>? data = null;
        ReadOnlyMemory<byte>? nothing = new byte[1];
        while (JsonFields.Next(ref reader, out var name))
        {
            var field = name.GetString()!;
            seen.Add(field);
            switch (field)
            {
                case "n":
                    Assert.Equal(7, JsonFields.Int(ref reader, field));
                    break;
                case "text":
                    Assert.Equal("hi", JsonFields.String(ref reader, field));
                    break;
                case "nothing":
                    nothing = JsonFields.Raw(ref reader, json);
                    break;
                case "data":
                    data = JsonFields.Raw(ref reader, json);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        JsonFields.Close(ref reader);
        Assert.Equal(["n", "text", "nothing", "data", "skip"], seen);
        Assert.Null(nothing);
        Assert.Equal("""{"a":[1,{"b":2}]}""", Encoding.UTF8.GetString(data!.Value.Span));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("")]
    [InlineData("7")]
    public void Anything_but_an_object_is_refused_at_once(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonFields.Open(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void A_number_where_text_belongs_and_text_where_a_number_belongs_are_refused()
    {
        var json = Encoding.UTF8.GetBytes("""{"a":1,"b":"x"}""");
        var reader = JsonFields.Open(json);
        JsonFields.Next(ref reader, out _);
        var numberAsText = Record(ref reader, (ref Utf8JsonReader r) => JsonFields.String(ref r, "a"));
        JsonFields.Next(ref reader, out _);
        var textAsNumber = Record(ref reader, (ref Utf8JsonReader r) => JsonFields.Int(ref r, "b"));

        Assert.Contains("a is not text", numberAsText);
        Assert.Contains("b is not a whole number", textAsNumber);
    }

    private delegate object? ReaderAction(ref Utf8JsonReader reader);

    private static string Record(ref Utf8JsonReader reader, ReaderAction action)
    {
        try
        {
            action(ref reader);
            return "";
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }
}
