namespace ResidencyAdvisor.Core.Advice;

/// <summary>A change within the student's control that the advice can weigh; past facts (score, failures, years) are never levers.</summary>
public enum Lever
{
    UsClinicalExperiences,
    UsRadiologyExperience,
    RadiologyLetter,
    GeographyAnywhere,
    GeographyWiden,
    CommunityPrograms,
    ExtraYear,
    RiskComfort,
}
