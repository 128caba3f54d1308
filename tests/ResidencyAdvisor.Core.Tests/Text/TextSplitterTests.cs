using ResidencyAdvisor.Core.Text;

namespace ResidencyAdvisor.Core.Tests.Text;

public class TextSplitterTests
{
    [Fact]
    public void Short_text_stays_whole() =>
        Assert.Equal(["One paragraph.\n\nTwo."], TextSplitter.Split("One paragraph.\n\nTwo.", 100));

    [Fact]
    public void Paragraphs_are_packed_into_chunks_under_the_limit()
    {
        var text = string.Join("\n\n", Enumerable.Repeat("A sentence of exactly forty characters..", 5));
        var chunks = TextSplitter.Split(text, 100);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 100));
        Assert.Equal(text, string.Join("\n\n", chunks));
    }

    [Fact]
    public void A_long_paragraph_is_split_between_sentences_never_inside_one()
    {
        var sentences = Enumerable.Range(1, 30).Select(i => $"Sentence number {i} ends here.").ToArray();
        var chunks = TextSplitter.Split(string.Join(" ", sentences), 120);
        Assert.All(chunks, c => Assert.True(c.Length <= 120 && c.EndsWith('.'), c));
        Assert.Equal(sentences, chunks.SelectMany(c => c.Split(". ")).Select(s => s.EndsWith('.') ? s : s + "."));
    }

    [Fact]
    public void The_longest_guidance_fits_a_small_limit_with_every_sentence_intact()
    {
        var composer = new ResidencyAdvisor.Core.Guidance.AdviceComposer(TestContent.Content.Guidance);
        var report = composer.Compose(Profiles.RadiologyOnlyCandidate() with { Step2Score = 240 });
        foreach (var item in report.Sections.SelectMany(s => s.Items))
        {
            var chunks = TextSplitter.Split(item.Text, 300);
            Assert.All(chunks, c => Assert.InRange(c.Length, 1, 300));
            Assert.Equal(Normalize(item.Text), Normalize(string.Join(" ", chunks)));
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
