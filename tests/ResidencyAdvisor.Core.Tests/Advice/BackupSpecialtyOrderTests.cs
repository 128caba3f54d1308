using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Advice;

public class BackupSpecialtyOrderTests
{
    private static readonly StudentProfile Dual = Profiles.RadiologyOnlyCandidate() with { Step2Score = 238 };

    private static IReadOnlyList<SpecialtyId> BackupsOf(StudentProfile p) => RecommendationEngine.Recommend(p).BackupSpecialties;

    [Fact]
    public void With_no_interests_the_four_backups_come_in_the_standard_order() =>
        Assert.Equal([SpecialtyId.InternalMedicine, SpecialtyId.FamilyMedicine, SpecialtyId.Psychiatry, SpecialtyId.Neurology], BackupsOf(Dual));

    [Fact]
    public void Specialties_the_student_is_interested_in_come_first_then_the_rest() =>
        Assert.Equal(
            [SpecialtyId.Psychiatry, SpecialtyId.Neurology, SpecialtyId.InternalMedicine, SpecialtyId.FamilyMedicine],
            BackupsOf(Dual with { BackupInterests = [SpecialtyId.Neurology, SpecialtyId.Psychiatry] }));

    [Fact]
    public void Specialties_the_student_would_not_practice_are_left_out() =>
        Assert.Equal(
            [SpecialtyId.Neurology, SpecialtyId.FamilyMedicine],
            BackupsOf(Dual with { BackupInterests = [SpecialtyId.Neurology], WouldNotPractice = [SpecialtyId.InternalMedicine, SpecialtyId.Psychiatry] }));

    [Fact]
    public void The_top_backup_is_the_first_interest() =>
        Assert.Equal(SpecialtyId.FamilyMedicine, RecommendationEngine.Recommend(Dual with { BackupInterests = [SpecialtyId.FamilyMedicine] }).TopBackup);

    [Fact]
    public void A_transitional_year_is_never_listed_as_a_backup_specialty()
    {
        var r = RecommendationEngine.Recommend(Dual);
        Assert.Equal(4, r.BackupSpecialties.Count);
        Assert.Contains(Contingency.TransitionalOrPreliminaryYear, r.Contingencies);
    }
}
