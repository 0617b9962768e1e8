namespace Incubation.Certification;

public class CertificationApplicationTests
{
    private static readonly ApplicationActor Actor = new(Guid.NewGuid(), "reviewer", new DateTime(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Should_start_as_a_candidate_with_the_kinds_checklist_all_missing()
    {
        var application = CertificationApplication.Start(Guid.NewGuid(), QualificationKind.HighTech, 2026, Actor, null);

        Assert.Equal(ApplicationStage.Candidate, application.Stage);
        Assert.Equal(EvidenceChecklists.For(QualificationKind.HighTech), application.Evidence.Select(e => e.Code));
        Assert.All(application.Evidence, e => Assert.Equal(EvidenceState.Missing, e.State));
        Assert.Equal(0m, application.Completeness);
        Assert.Single(application.Events);
    }

    [Fact]
    public void Should_walk_the_pipeline_and_approve_with_a_certificate_credited_to_the_incubator()
    {
        var incubator = Guid.NewGuid();
        var application = CertificationApplication.Start(Guid.NewGuid(), QualificationKind.HighTech, 2026, Actor, null);
        foreach (var stage in new[] { ApplicationStage.Preparing, ApplicationStage.Submitted, ApplicationStage.UnderReview, ApplicationStage.Publicized })
        {
            application.MoveTo(stage, Actor, null);
        }

        var certificate = application.Approve("GR202652000001", new DateOnly(2026, 11, 20), new DateOnly(2029, 11, 19), QualificationSources.Application, (incubator, null), Actor, null);

        Assert.Equal(ApplicationStage.Approved, application.Stage);
        Assert.True(application.IsFinal);
        Assert.Equal(certificate.Id, application.QualificationId);
        Assert.Equal(incubator, application.CreditedIncubatorId);
        Assert.Equal((QualificationKind.HighTech, new DateOnly(2029, 11, 19)), (certificate.Kind, certificate.ExpiresOn));
        Assert.Equal(6, application.Events.Count);
        Assert.Equal(ApplicationStage.Publicized, application.Events[^1].FromStage);
    }

    [Theory]
    [InlineData(ApplicationStage.Candidate, ApplicationStage.Submitted)]
    [InlineData(ApplicationStage.Candidate, ApplicationStage.Approved)]
    [InlineData(ApplicationStage.Preparing, ApplicationStage.Rejected)]
    [InlineData(ApplicationStage.Preparing, ApplicationStage.Preparing)]
    public void Should_refuse_a_move_the_pipeline_does_not_allow(ApplicationStage from, ApplicationStage to)
    {
        var application = CertificationApplication.Start(Guid.NewGuid(), QualificationKind.TechSme, 2026, Actor, null);
        if (from != ApplicationStage.Candidate)
        {
            application.MoveTo(from, Actor, null);
        }

        var error = Assert.Throws<BusinessException>(() => application.MoveTo(to, Actor, null));
        Assert.Equal(IncubationErrorCodes.ApplicationMoveNotAllowed, error.Code);
        Assert.Equal(from, application.Stage);
    }

    [Fact]
    public void Should_refuse_any_move_after_withdrawal_and_approval_before_review()
    {
        var application = CertificationApplication.Start(Guid.NewGuid(), QualificationKind.SrdiSme, 2026, Actor, null);
        Assert.Throws<BusinessException>(() => application.Approve("x", new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), "t", (null, null), Actor, null));
        application.MoveTo(ApplicationStage.Withdrawn, Actor, "企业放弃");
        Assert.Throws<BusinessException>(() => application.MoveTo(ApplicationStage.Candidate, Actor, null));
        Assert.Equal("企业放弃", application.Events[^1].Note);
    }

    [Fact]
    public void Should_count_completeness_on_provided_and_verified_items_and_expire_outdated_ones()
    {
        var application = CertificationApplication.Start(Guid.NewGuid(), QualificationKind.TechSme, 2026, Actor, null);
        application.UpdateEvidence("FinancialStatements", EvidenceState.Verified, null, null);
        application.UpdateEvidence("TaxReturn", EvidenceState.Provided, new DateOnly(2026, 6, 30), null);
        Assert.Equal(0.5m, application.Completeness);

        application.ExpireEvidence(new DateOnly(2026, 7, 1));

        Assert.Equal(EvidenceState.Expired, application.Evidence.Single(e => e.Code == "TaxReturn").State);
        Assert.Equal(0.25m, application.Completeness);
        var unknown = Assert.Throws<BusinessException>(() => application.UpdateEvidence("MarketShareEvidence", EvidenceState.Provided, null, null));
        Assert.Equal(IncubationErrorCodes.UnknownEvidenceItem, unknown.Code);
    }
}
