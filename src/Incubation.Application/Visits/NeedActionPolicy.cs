using Incubation.Identity;
using Incubation.Permissions;
using P = Incubation.Permissions.IncubationPermissions;

namespace Incubation.Visits;

/// <summary>
/// Who may take which step on a need: the state machine's allowed steps, narrowed by the caller's permissions and,
/// for the unit's own steps, by being an officer of the need's current unit (the bureau supervises any unit).
/// </summary>
public sealed class NeedActionPolicy(IPermissionChecker permissions, ICurrentUser currentUser)
{
    private static readonly NeedAction[] UnitSteps =
        [NeedAction.Accept, NeedAction.Start, NeedAction.Resolve, NeedAction.Transfer, NeedAction.RequestUnresolvable];

    private static readonly NeedAction[] ConfirmSteps = [NeedAction.Confirm, NeedAction.Reopen];

    public async Task<IReadOnlyList<NeedAction>> AllowedAsync(NeedStatus status, Guid unitId, CancellationToken cancellationToken)
    {
        var granted = await permissions.GetGrantedAsync(cancellationToken);
        var supervises = granted.Contains(P.Needs.Supervise);
        var ofUnit = granted.Contains(P.Needs.Handle) && currentUser.DataScope.ResponsibleUnitId == unitId;
        var confirms = granted.Contains(P.Needs.Confirm);
        return Need.ActionsFrom(status).Where(action =>
            supervises
            || (ofUnit && UnitSteps.Contains(action))
            || (confirms && ConfirmSteps.Contains(action))).ToList();
    }

    public async Task CheckAsync(NeedAction action, NeedStatus status, Guid unitId, CancellationToken cancellationToken)
    {
        if ((await AllowedAsync(status, unitId, cancellationToken)).Contains(action))
        {
            return;
        }

        // A step the state machine allows but the caller may not take is refused as forbidden; a step the state
        // machine refuses is a business rule (422) whoever asks.
        if (Need.ActionsFrom(status).Contains(action))
        {
            throw UnitSteps.Contains(action) && currentUser.DataScope.ResponsibleUnitId is not null
                ? new BusinessException(IncubationErrorCodes.NeedNotOfYourUnit, 403)
                : new AuthorizationException(currentUser.IsAuthenticated, action.ToString());
        }

        throw new BusinessException(IncubationErrorCodes.NeedTransitionNotAllowed, 422, action, status);
    }
}
