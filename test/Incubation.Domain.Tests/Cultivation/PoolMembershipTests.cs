namespace Incubation.Cultivation;

public class PoolMembershipTests
{
    private static readonly DateTime T0 = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private static MembershipActor At(int days) => new(Guid.NewGuid(), "officer", T0.AddDays(days));

    private static PoolMembership Admitted()
    {
        var membership = PoolMembership.Propose(Guid.NewGuid(), "R&D ratio 6 %", "audit report", At(0));
        membership.Admit(At(1), "welcome");
        return membership;
    }

    [Fact]
    public void Should_start_as_an_open_proposal_with_its_event()
    {
        var membership = PoolMembership.Propose(Guid.NewGuid(), " reason ", null, At(0));
        Assert.Equal(MembershipStatus.Proposed, membership.Status);
        Assert.True(membership.IsOpen);
        Assert.Null(membership.Stage);
        Assert.Equal("reason", membership.Reason);
        Assert.Equal(MembershipEventKind.Proposed, Assert.Single(membership.Events).Kind);
    }

    [Fact]
    public void Should_refuse_a_proposal_without_a_reason() =>
        Assert.ThrowsAny<ArgumentException>(() => PoolMembership.Propose(Guid.NewGuid(), " ", null, At(0)));

    [Fact]
    public void Should_admit_into_the_reserve_stage()
    {
        var membership = Admitted();
        Assert.Equal(MembershipStatus.Admitted, membership.Status);
        Assert.Equal(CultivationStage.Reserve, membership.Stage);
        Assert.Equal(T0.AddDays(1), membership.StageSince);
        Assert.Equal(T0.AddDays(1), membership.AdmittedAt);
    }

    [Fact]
    public void Should_refuse_admitting_twice()
    {
        var membership = Admitted();
        var error = Assert.Throws<BusinessException>(() => membership.Admit(At(2), null));
        Assert.Equal(IncubationErrorCodes.MembershipTransitionNotAllowed, error.Code);
    }

    [Fact]
    public void Should_close_a_rejected_proposal_so_it_can_be_proposed_again()
    {
        var membership = PoolMembership.Propose(Guid.NewGuid(), "reason", null, At(0));
        membership.Reject(At(1), "R&D data missing");
        Assert.Equal(MembershipStatus.Rejected, membership.Status);
        Assert.False(membership.IsOpen);
        Assert.Equal("R&D data missing", membership.RejectionReason);
        Assert.Throws<BusinessException>(() => membership.Admit(At(2), null));
    }

    [Fact]
    public void Should_refuse_rejecting_without_a_reason() =>
        Assert.ThrowsAny<ArgumentException>(() => PoolMembership.Propose(Guid.NewGuid(), "r", null, At(0)).Reject(At(1), ""));

    [Fact]
    public void Should_move_between_stages_with_a_dated_timeline()
    {
        var membership = Admitted();
        membership.MoveTo(CultivationStage.Key, At(30), "R&D up");
        membership.MoveTo(CultivationStage.ReadyToApply, At(90), null);
        membership.MoveTo(CultivationStage.Key, At(100), "audit found gaps");

        Assert.Equal(CultivationStage.Key, membership.Stage);
        Assert.Equal(T0.AddDays(100), membership.StageSince);
        Assert.Equal(
            [MembershipEventKind.Proposed, MembershipEventKind.Admitted, MembershipEventKind.StageChanged, MembershipEventKind.StageChanged, MembershipEventKind.StageChanged],
            membership.Events.Select(e => e.Kind));
        Assert.Equal("R&D up", membership.Events[2].Note);
    }

    [Fact]
    public void Should_refuse_moving_to_the_current_stage()
    {
        var error = Assert.Throws<BusinessException>(() => Admitted().MoveTo(CultivationStage.Reserve, At(5), null));
        Assert.Equal(IncubationErrorCodes.SameStage, error.Code);
    }

    [Fact]
    public void Should_refuse_moving_a_proposal_that_is_not_admitted() =>
        Assert.Throws<BusinessException>(() => PoolMembership.Propose(Guid.NewGuid(), "r", null, At(0)).MoveTo(CultivationStage.Key, At(1), null));

    [Fact]
    public void Should_exit_with_a_reason_and_close_the_period()
    {
        var membership = Admitted();
        membership.Exit(ExitReason.CertifiedHighTech, At(200), "certificate GR2026");
        Assert.Equal(MembershipStatus.Exited, membership.Status);
        Assert.False(membership.IsOpen);
        Assert.Equal(ExitReason.CertifiedHighTech, membership.ExitReason);
        Assert.Equal(T0.AddDays(200), membership.ExitedAt);
    }

    [Fact]
    public void Should_refuse_exiting_a_non_member()
    {
        Assert.Throws<BusinessException>(() => PoolMembership.Propose(Guid.NewGuid(), "r", null, At(0)).Exit(ExitReason.Withdrawn, At(1), null));
        var exited = Admitted();
        exited.Exit(ExitReason.MovedOut, At(2), null);
        Assert.Throws<BusinessException>(() => exited.Exit(ExitReason.MovedOut, At(3), null));
    }
}
