namespace Incubation.Visits;

public class NeedTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();
    private static readonly DateOnly Raised = new(2026, 3, 2);
    private static readonly DateOnly Due = new(2026, 3, 23);

    private static NeedActor At(int days) => new(Guid.NewGuid(), "someone", T0.AddDays(days));

    private static Need Open(NeedCategory category = NeedCategory.Funding) =>
        Need.Raise(Guid.NewGuid(), Guid.NewGuid(), NeedSource.Visit, category, " 需要贷款贴息 ", false, UnitA, Raised, Due, At(0));

    private static Need Resolved()
    {
        var need = Open();
        need.Accept(At(1), null);
        need.Start(At(2), null);
        need.Resolve("已对接银行", At(3));
        return need;
    }

    private static Need Pending()
    {
        var need = Open();
        need.Accept(At(1), null);
        need.RequestUnresolvable("超出区级权限", At(2));
        return need;
    }

    [Fact]
    public void Should_start_open_at_its_unit_with_the_raised_event()
    {
        var need = Open();
        Assert.Equal(NeedStatus.Open, need.Status);
        Assert.Equal(UnitA, need.ResponsibleUnitId);
        Assert.Equal("需要贷款贴息", need.Description);
        Assert.Equal(Due, need.DueDate);
        var raised = Assert.Single(need.Events);
        Assert.Equal((NeedEventKind.Raised, NeedStatus.Open, UnitA, Due), (raised.Kind, raised.Status, raised.ResponsibleUnitId, raised.DueDate));
    }

    [Fact]
    public void Should_flag_a_bottleneck_category_as_a_bottleneck() => Assert.True(Open(NeedCategory.Bottleneck).IsBottleneck);

    [Fact]
    public void Should_follow_the_loop_to_closure_with_a_good_rating()
    {
        var need = Resolved();
        need.Confirm(5, "很满意", Due, At(4));
        Assert.Equal(NeedStatus.Closed, need.Status);
        Assert.Equal(5, need.Satisfaction);
        Assert.Equal(T0.AddDays(4), need.ClosedAt);
        Assert.True(need.IsFinal);
        Assert.Equal(
            [NeedEventKind.Raised, NeedEventKind.Accepted, NeedEventKind.Started, NeedEventKind.Resolved, NeedEventKind.Closed],
            need.Events.Select(e => e.Kind));
        Assert.Equal(5, need.Events[^1].Rating);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Should_send_an_unsatisfied_answer_back_to_redo_with_a_new_due_date(int rating)
    {
        var need = Resolved();
        var redoDue = new DateOnly(2026, 4, 20);
        need.Confirm(rating, "没有解决", redoDue, At(4));
        Assert.Equal(NeedStatus.Reopened, need.Status);
        Assert.Equal(1, need.RedoCount);
        Assert.Equal(redoDue, need.DueDate);
        Assert.Null(need.ClosedAt);
        Assert.Equal(NeedEventKind.ReturnedUnsatisfied, need.Events[^1].Kind);

        // The unit redoes it and the second answer is accepted.
        need.Start(At(5), null);
        need.Resolve("已协调落实", At(6));
        need.Confirm(4, null, redoDue, At(7));
        Assert.Equal(NeedStatus.Closed, need.Status);
    }

    [Fact]
    public void Should_close_on_a_rating_of_three() {
        var need = Resolved();
        need.Confirm(3, null, Due, At(4));
        Assert.Equal(NeedStatus.Closed, need.Status);
        Assert.Equal(0, need.RedoCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Should_refuse_a_rating_outside_one_to_five(int rating) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolved().Confirm(rating, null, Due, At(4)));

    [Fact]
    public void Should_reopen_a_resolved_need_with_a_reason()
    {
        var need = Resolved();
        need.Reopen("答复不完整", new DateOnly(2026, 4, 1), At(4));
        Assert.Equal(NeedStatus.Reopened, need.Status);
        Assert.Equal(new DateOnly(2026, 4, 1), need.DueDate);
        Assert.Throws<ArgumentException>(() => Resolved().Reopen(" ", Due, At(4)));
    }

    [Fact]
    public void Should_transfer_to_another_unit_as_open_with_a_reset_due_date_and_both_units_on_record()
    {
        var need = Open();
        need.Accept(At(1), null);
        var newDue = new DateOnly(2026, 3, 25);
        need.TransferTo(UnitB, "属于人社局职责", newDue, At(2));
        Assert.Equal(NeedStatus.Open, need.Status);
        Assert.Equal(UnitB, need.ResponsibleUnitId);
        Assert.Equal(newDue, need.DueDate);
        var transfer = need.Events[^1];
        Assert.Equal((NeedEventKind.Transferred, UnitA, UnitB), (transfer.Kind, transfer.FromUnitId!.Value, transfer.ResponsibleUnitId));
    }

    [Fact]
    public void Should_refuse_a_transfer_to_the_same_unit()
    {
        var error = Assert.Throws<BusinessException>(() => Open().TransferTo(UnitA, "reason", Due, At(1)));
        Assert.Equal(IncubationErrorCodes.NeedSameUnit, error.Code);
    }

    [Fact]
    public void Should_need_the_bureau_to_approve_an_unresolvable_need()
    {
        var need = Pending();
        Assert.Equal(NeedStatus.UnresolvablePending, need.Status);
        Assert.Equal("超出区级权限", need.UnresolvableExplanation);
        need.ApproveUnresolvable(At(3), "同意");
        Assert.Equal(NeedStatus.Unresolvable, need.Status);
        Assert.True(need.IsFinal);
        Assert.NotNull(need.ClosedAt);
    }

    [Fact]
    public void Should_put_a_refused_unresolvable_need_back_in_progress()
    {
        var need = Pending();
        need.RejectUnresolvable("请继续协调", At(3));
        Assert.Equal(NeedStatus.InProgress, need.Status);
        Assert.Equal(NeedEventKind.UnresolvableRejected, need.Events[^1].Kind);
    }

    public static TheoryData<string, NeedStatus> RefusedSteps => new()
    {
        { "start", NeedStatus.Open },
        { "resolve", NeedStatus.Open },
        { "confirm", NeedStatus.Open },
        { "reopen", NeedStatus.InProgress },
        { "accept", NeedStatus.Resolved },
        { "transfer", NeedStatus.Resolved },
        { "approve", NeedStatus.InProgress },
        { "accept", NeedStatus.Closed },
        { "reopen", NeedStatus.Closed },
        { "transfer", NeedStatus.Unresolvable },
        { "resolve", NeedStatus.UnresolvablePending },
    };

    [Theory]
    [MemberData(nameof(RefusedSteps))]
    public void Should_refuse_a_step_the_loop_does_not_allow(string step, NeedStatus status)
    {
        var need = InStatus(status);
        var error = Assert.Throws<BusinessException>(() => Do(need, step));
        Assert.Equal(IncubationErrorCodes.NeedTransitionNotAllowed, error.Code);
        Assert.Equal(status, need.Status);
    }

    [Fact]
    public void Should_offer_no_step_on_a_final_need()
    {
        Assert.Empty(Need.ActionsFrom(NeedStatus.Closed));
        Assert.Empty(Need.ActionsFrom(NeedStatus.Unresolvable));
    }

    [Fact]
    public void Should_be_overdue_only_while_an_answer_is_owed_and_the_due_date_has_passed()
    {
        var need = Open();
        Assert.False(need.IsOverdueOn(Due));
        Assert.True(need.IsOverdueOn(Due.AddDays(1)));
        var resolved = Resolved();
        Assert.False(resolved.IsOverdueOn(Due.AddDays(30)));
        Assert.True(Pending().IsOverdueOn(Due.AddDays(1)));
    }

    private static Need InStatus(NeedStatus status)
    {
        switch (status)
        {
            case NeedStatus.Open:
                return Open();
            case NeedStatus.InProgress:
                var started = Open();
                started.Accept(At(1), null);
                started.Start(At(2), null);
                return started;
            case NeedStatus.Resolved:
                return Resolved();
            case NeedStatus.Closed:
                var closed = Resolved();
                closed.Confirm(4, null, Due, At(5));
                return closed;
            case NeedStatus.UnresolvablePending:
                return Pending();
            case NeedStatus.Unresolvable:
                var unresolvable = Pending();
                unresolvable.ApproveUnresolvable(At(3), null);
                return unresolvable;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    private static void Do(Need need, string step)
    {
        switch (step)
        {
            case "start": need.Start(At(9), null); break;
            case "resolve": need.Resolve("answer", At(9)); break;
            case "confirm": need.Confirm(4, null, Due, At(9)); break;
            case "reopen": need.Reopen("reason", Due, At(9)); break;
            case "accept": need.Accept(At(9), null); break;
            case "transfer": need.TransferTo(UnitB, "reason", Due, At(9)); break;
            case "approve": need.ApproveUnresolvable(At(9), null); break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }
}
