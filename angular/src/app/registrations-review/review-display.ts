import { ReviewStatus } from '../proxy/models';

/** Tag colours of the review statuses. */
export const STATUS_COLORS: Record<ReviewStatus, string> = {
  Pending: 'processing',
  Approved: 'success',
  Rejected: 'error',
};
