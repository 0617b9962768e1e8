import { ParamMap, Params } from '@angular/router';
import { ReviewStatus } from '../proxy/models';

export const REVIEW_TABS = ['registrations', 'changes'] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['Pending', 'Approved', 'Rejected'];

/** What the queue shows, kept in the URL (`?tab=changes&status=Rejected&filter=…&page=2`). */
export interface ReviewQuery {
  tab: ReviewTab;
  status: ReviewStatus;
  /** Registrations only: name, credit code, contact or email. */
  filter: string;
  page: number;
}

export function fromParams(p: ParamMap): ReviewQuery {
  const tab = p.get('tab');
  const status = p.get('status');
  const page = Number(p.get('page'));
  return {
    tab: tab === 'changes' ? 'changes' : 'registrations',
    status: REVIEW_STATUSES.includes(status as ReviewStatus) ? (status as ReviewStatus) : 'Pending',
    filter: p.get('filter') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Defaults are left out, so the plain /registrations is the pending registrations. */
export function toParams(q: ReviewQuery): Params {
  return {
    tab: q.tab === 'registrations' ? null : q.tab,
    status: q.status === 'Pending' ? null : q.status,
    filter: q.tab === 'registrations' && q.filter ? q.filter : null,
    page: q.page > 1 ? q.page : null,
  };
}
