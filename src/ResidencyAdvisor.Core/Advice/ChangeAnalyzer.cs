using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// Finds the smallest sets of changes within the student's control that would open the radiology-only path or lower
/// the backup need, by re-running <see cref="AdviceRules"/> on the profile with each set applied (at most 2^8 profiles).
/// </summary>
public static class ChangeAnalyzer
{
    /// <summary>The step for a student who would practice none of the four common backups (not a rule of the need).</summary>
    public const string BeyondFour = "beyond-four";

    public static ChangeAnalysis Analyze(StudentProfile p, IReadOnlyList<AdviceRule> rules)
    {
        var applying = rules.Where(r => r.Applies(p)).ToList();
        BackupNeed NeedOf(StudentProfile q) => RecommendationEngine.Need(q, rules);
        bool RadiologyOnly(StudentProfile q) => RecommendationEngine.MeetsRadiologyOnlyConditions(q, rules);
        var need = NeedOf(p);
        var already = RadiologyOnly(p);
        var blockers = applying.Where(r => r.BlocksRadiologyOnly).ToList();
        var options = new List<ChangeOption>();
        if (!already && blockers.All(r => !r.IsFixed))
        {
            List<Lever> levers = [.. blockers.Select(r => r.ClearedBy!.Value).Distinct()];
            options.AddRange(Smallest(p, levers, RadiologyOnly, minimalOnly: false)
                .Select(set => new ChangeOption(ChangeGoal.RadiologyOnly, set, NeedOf(Apply(p, set)))));
        }

        List<Lever> needLevers = [.. applying.Where(r => r.Need != NeedEffect.None && !r.IsFixed).Select(r => (r.EasedBy ?? r.ClearedBy)!.Value).Distinct()];
        // A set that already opens radiology-only states its need there; it is not repeated as a need-only option.
        options.AddRange(Smallest(p, needLevers, q => NeedOf(q) < need, minimalOnly: true)
            .Where(set => !options.Any(o => o.Changes.SequenceEqual(set)))
            .Select(set => new ChangeOption(ChangeGoal.LowerNeed, set, NeedOf(Apply(p, set)))));

        // "Nothing would lower it" is said only when every change together leaves the need where it is.
        var everything = Apply(p, [.. applying.Where(r => !r.IsFixed).Select(r => r.ClearedBy!.Value)]);
        var needHeld = need != BackupNeed.Optional && NeedOf(everything) == need;
        var pathHeldBy = already || options.Any(o => o.Goal == ChangeGoal.RadiologyOnly) ? [] : blockers.Where(r => r.IsFixed).Select(r => r.Id).ToList();
        var needHeldBy = needHeld ? applying.Where(r => r.IsFixed && r.Need != NeedEffect.None).Select(r => r.Id).ToList() : [];
        var used = options.SelectMany(o => o.Changes).ToHashSet();
        var steps = applying.Where(r => r.HasStep)
            .Select(r => new PlannedStep(r.Id, r.ClearedBy is { } l && !used.Contains(l) && !(r.EasedBy is { } e && used.Contains(e))))
            .ToList();
        if (SpecialtyIds.All.All(p.WouldNotPractice.Contains))
        {
            steps.Add(new PlannedStep(BeyondFour, OnlyStrengthens: false));
        }

        return new ChangeAnalysis(already, options, pathHeldBy, needHeldBy, steps);
    }

    /// <summary>The profile as it would be with the changes made.</summary>
    public static StudentProfile Apply(StudentProfile p, IEnumerable<Lever> levers) => levers.Aggregate(p, (q, lever) => lever switch
    {
        Lever.UsClinicalExperiences => q with { UsClinicalExperiences = Math.Max(StudentProfile.EnoughUsClinicalExperiences, q.UsClinicalExperiences) },
        Lever.UsRadiologyExperience => q with { UsRadiologyExperience = true },
        Lever.RadiologyLetter => q with { RadiologyLetters = Math.Max(StudentProfile.EnoughRadiologyLetters, q.RadiologyLetters) },
        Lever.GeographyAnywhere => q with { Geography = GeographyPreference.Anywhere },
        Lever.GeographyWiden => q with { Geography = GeographyPreference.PreferredRegions },
        Lever.CommunityPrograms => q with { OpenToCommunityPrograms = true },
        Lever.ExtraYear => q with { WillingToDoExtraYear = true },
        _ => q with { ComfortableWithUnmatchedRisk = true },
    });

    /// <summary>
    /// The subsets that reach the goal, smallest first. With <paramref name="minimalOnly"/>, every set none of whose
    /// proper subsets works; otherwise only those of the smallest size.
    /// </summary>
    private static List<IReadOnlyList<Lever>> Smallest(StudentProfile p, List<Lever> levers, Func<StudentProfile, bool> reaches, bool minimalOnly)
    {
        var found = new List<IReadOnlyList<Lever>>();
        var subsets = Enumerable.Range(1, (1 << levers.Count) - 1)
            .Select(mask => (IReadOnlyList<Lever>)[.. levers.Where((_, i) => (mask & (1 << i)) != 0)])
            .OrderBy(s => s.Count);
        foreach (var set in subsets)
        {
            if (found.Count > 0 && !minimalOnly && set.Count > found[0].Count)
            {
                break;
            }

            if (!found.Any(f => f.All(set.Contains)) && reaches(Apply(p, set)))
            {
                found.Add(set);
            }
        }

        return found;
    }
}
