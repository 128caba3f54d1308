using System.Text.Json.Nodes;
using ResidencyAdvisor.Discord.Fakes;
using static ResidencyAdvisor.Discord.Tests.Adapter.WireAssertions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

public class CountQuickPickTests : DiscordTestBed
{
    [Fact]
    public async Task Every_count_is_answered_with_one_click_and_the_summary_shows_what_was_picked()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        await StudentScript.NumberAsync(student, "241");

        var turns = new List<FakeTurn>();
        foreach (var (title, pick) in new[]
        {
            ("Exam failures", "0"), ("US clinical experiences", "3 or more"), ("US radiology experience", null),
            ("Radiology letters", "1"), ("Reapplicant", null), ("Years since graduation", "2"),
        })
        {
            Assert.EndsWith(title, StudentScript.Title(student), StringComparison.Ordinal);
            if (pick is null)
            {
                turns.Add(await student.ClickAsync(title == "Reapplicant" ? "No" : "Yes"));
                continue;
            }

            Assert.Equal(["0", "1", "2", "3 or more", "Exact number"], Labels(student).Take(5));
            var turn = await StudentScript.ClickExactlyAsync(student, pick);
            Assert.Equal(7, turn.ResponseType); // the message updates in place: no form
            turns.Add(turn);
        }

        await StudentScript.AnswerUntilSummaryAsync(student, turns[^1]);
        var summary = student.Text();
        Assert.Contains("US clinical experiences: 3 or more", summary, StringComparison.Ordinal);
        Assert.Contains("Years since graduation: 2", summary, StringComparison.Ordinal);
        Assert.All(turns, AnsweredOnce);
        Assert.All(student.Seen, WithinLimits);
    }

    [Fact]
    public async Task An_exact_count_can_still_be_typed_into_a_form_built_from_a_label()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        await StudentScript.NumberAsync(student, "241");
        await student.ClickAsync("0");
        Assert.EndsWith("US clinical experiences", StudentScript.Title(student), StringComparison.Ordinal);

        var opened = await student.ClickAsync("Exact number");
        var label = (JsonObject)opened.Modal!["components"]![0]!;
        Assert.Equal(18, (int?)label["type"]);
        Assert.Equal("A whole number from 0 to 50", (string?)label["label"]);
        Assert.Equal(4, (int?)label["component"]!["type"]);
        Assert.Null(label["component"]!["label"]);
        var customId = (string)opened.Modal["custom_id"]!;
        Assert.Equal(5, customId.Split(':').Length); // ra:m:session:turn:step, nothing else

        await student.SubmitModalAsync("7");
        await student.ClickAsync("Yes");
        Assert.EndsWith("Radiology letters", StudentScript.Title(student), StringComparison.Ordinal);
        await student.ClickAsync("Back");
        await student.ClickAsync("Back");
        Assert.Contains("Your answer so far: **7**", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_out_of_range_in_the_form_gets_cores_one_message()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        await StudentScript.NumberAsync(student, "241");

        await student.ClickAsync("Exact number");
        var refused = await student.SubmitModalAsync("11");

        Assert.Equal("**Please enter a whole number from 0 to 10, or \"3 or more\".**", (string?)refused.Message!["content"]);
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "Enter again");
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "3 or more");
    }

    private static IEnumerable<string?> Labels(FakeDiscordUser student) => student.Buttons().Select(b => (string?)b["label"]);
}
