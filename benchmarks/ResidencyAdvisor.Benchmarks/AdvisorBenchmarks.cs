using BenchmarkDotNet.Attributes;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Benchmarks;

/// <summary>The per-turn and per-result costs the issue sets goals for.</summary>
[MemoryDiagnoser]
public class AdvisorBenchmarks
{
    private AdvisorContent _content = null!;
    private ConversationEngine _engine = null!;
    private AdviceComposer _composer = null!;
    private byte[] _savedAtQuestion5 = [];
    private StudentProfile _profile = null!;
    private UserInput _answer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _content = AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config"));
        _engine = new ConversationEngine(_content, () => "bench001");
        var state = ConversationState.Start(DateTimeOffset.UnixEpoch, "bench001");
        foreach (var text in new[] { "usmle", "241", "0", "3" })
        {
            _engine.Apply(state, UserInput.Text(text));
        }

        _savedAtQuestion5 = ConversationStateSerializer.Serialize(state);
        _answer = UserInput.Answer(Step.UsRadiologyExperience, ["yes"], state.SessionId, state.Turn);
        _composer = new AdviceComposer(_content.Guidance);
        _profile = new StudentProfile(ExamKind.Usmle, 241, 0, 3, true, 1, false, null, 1, true, GeographyPreference.Anywhere,
            true, false, true, [SpecialtyId.Psychiatry], []);
    }

    /// <summary>Rebuild from the saved state, fire the answer, produce the next prompt, serialize for saving.</summary>
    [Benchmark]
    public int QuestionnaireStep()
    {
        var state = ConversationStateSerializer.Deserialize(_savedAtQuestion5, 1);
        var result = _engine.Apply(state, _answer);
        return ConversationStateSerializer.Serialize(state).Length + (result.Reply.View is QuestionView ? 1 : 0);
    }

    /// <summary>The whole recommendation with every guidance section rendered.</summary>
    [Benchmark]
    public int FullRecommendation() => _composer.Compose(_profile).Sections.Count;
}
