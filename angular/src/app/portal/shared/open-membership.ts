import { Membership } from '../../cultivation/shared/cultivation-api.service';

/** A membership still under way: waiting for the bureau, or in the pool (newest first as served). */
export function openMembership(memberships: readonly Membership[]): Membership | null {
  return memberships.find((m) => m.status === 'Proposed' || m.status === 'Admitted') ?? null;
}
