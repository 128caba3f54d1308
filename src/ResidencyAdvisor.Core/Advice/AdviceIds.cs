namespace ResidencyAdvisor.Core.Advice;

/// <summary>The stable ids of advice values, as the CLI's JSON and the content files spell them.</summary>
public static class AdviceIds
{
    public static string Id(this ScoreBand band) => band switch
    {
        ScoreBand.VeryStrong => "very-strong",
        ScoreBand.MidRange => "mid-range",
        ScoreBand.Lower => "lower",
        _ => "not-taken",
    };

    public static string Id(this BackupNeed need) => need switch
    {
        BackupNeed.Optional => "optional",
        BackupNeed.Recommended => "recommended",
        _ => "strongly-recommended",
    };

    public static string Id(this ApplicationPath path) => path == ApplicationPath.RadiologyOnly ? "radiology-only" : "dual-apply";

    public static string Id(this Contingency contingency) => contingency switch
    {
        Contingency.TransitionalOrPreliminaryYear => "transitional-or-preliminary-year",
        Contingency.ResearchYear => "research-year",
        Contingency.ReapplicationPlan => "reapplication-plan",
        _ => "soap",
    };

    public static string Id(this Lever lever) => lever switch
    {
        Lever.UsClinicalExperiences => "us-clinical-experiences",
        Lever.UsRadiologyExperience => "us-radiology-experience",
        Lever.RadiologyLetter => "radiology-letter",
        Lever.GeographyAnywhere => "geography-anywhere",
        Lever.GeographyWiden => "geography-widen",
        Lever.CommunityPrograms => "community-programs",
        Lever.ExtraYear => "extra-year",
        _ => "risk-comfort",
    };

    public static string Id(this ChangeGoal goal) => goal == ChangeGoal.RadiologyOnly ? "radiology-only" : "lower-need";
}
