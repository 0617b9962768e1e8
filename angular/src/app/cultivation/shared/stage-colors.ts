import { CultivationStage, MembershipStatus } from './cultivation-api.service';

/** Tag colours: the pool's stages from cool to warm as an enterprise nears its application. */
export const STAGE_COLORS: Record<CultivationStage, string> = {
  Reserve: 'blue',
  Key: 'orange',
  ReadyToApply: 'red',
};

export const MEMBERSHIP_STATUS_COLORS: Record<MembershipStatus, string> = {
  Proposed: 'processing',
  Admitted: 'success',
  Rejected: 'error',
  Exited: 'default',
};
