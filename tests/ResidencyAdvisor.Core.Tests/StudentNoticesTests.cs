namespace ResidencyAdvisor.Core.Tests;

public class StudentNoticesTests
{
    private static Dictionary<string, string?> Complete() =>
        Enum.GetValues<StudentNotice>().ToDictionary(StudentNotices.KeyOf,
            n => (string?)("text of " + n + string.Concat(StudentNotices.PlaceholdersOf(n).Select(p => " {" + p + "}"))), StringComparer.Ordinal);

    [Fact]
    public void Every_notice_has_words_in_the_shipped_file()
    {
        foreach (var notice in Enum.GetValues<StudentNotice>())
        {
            Assert.False(string.IsNullOrWhiteSpace(TestContent.Content.Notices[notice]));
        }
    }

    [Fact]
    public void The_shipped_erased_note_is_the_one_students_already_see()
    {
        Assert.Equal("(Erased at your request.)", TestContent.Content.Notices[StudentNotice.Erased]);
    }

    [Fact]
    public void A_notice_is_read_under_its_camel_case_name()
    {
        Assert.Equal("text of OutOfDate", StudentNotices.From(Complete(), "notices.json")[StudentNotice.OutOfDate]);
        Assert.Equal("outOfDate", StudentNotices.KeyOf(StudentNotice.OutOfDate));
    }

    [Fact]
    public void A_missing_or_empty_notice_stops_start_up_naming_it()
    {
        var entries = Complete();
        entries.Remove("erased");
        entries["unknownButton"] = " ";

        var ex = Assert.Throws<ContentException>(() => StudentNotices.From(entries, "notices.json"));

        Assert.Contains("'erased' is missing or empty", ex.Problems);
        Assert.Contains("'unknownButton' is missing or empty", ex.Problems);
    }

    [Fact]
    public void A_misspelt_key_stops_start_up_rather_than_being_ignored()
    {
        var entries = Complete();
        entries["outofdate"] = "reworded";

        var ex = Assert.Throws<ContentException>(() => StudentNotices.From(entries, "notices.json"));

        Assert.Equal(["'outofdate' is not a known note"], ex.Problems);
    }

    [Fact]
    public void A_file_that_is_not_json_stops_start_up()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{ \"outOfDate\": ");
            var ex = Assert.Throws<ContentException>(() => StudentNotices.Load(path));
            Assert.StartsWith("not valid JSON", Assert.Single(ex.Problems), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_reworded_note_that_drops_its_placeholder_stops_start_up()
    {
        var entries = Complete();
        entries["numberInRange"] = "A whole number up to {max}";

        var ex = Assert.Throws<ContentException>(() => StudentNotices.From(entries, "notices.json"));

        Assert.Equal(["'numberInRange' must keep {min}"], ex.Problems);
    }

    [Fact]
    public void The_number_label_names_the_range_when_it_is_known()
    {
        var notices = TestContent.Content.Notices;

        Assert.Equal("A whole number from 1 to 300", notices.NumberLabel(new ResidencyAdvisor.Core.Questionnaire.NumberRange(1, 300)));
        Assert.Equal("A whole number", notices.NumberLabel(null));
    }

    [Fact]
    public void A_placeholder_is_filled_with_the_students_words()
    {
        Assert.Equal("Your answer: Yes", TestContent.Content.Notices.Format(StudentNotice.Answered, ("answer", "Yes")));
    }
}
