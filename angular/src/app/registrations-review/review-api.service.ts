import { Injectable, inject } from '@angular/core';
import { Observable, forkJoin, map } from 'rxjs';
import {
  PagedResultDtoOfProfileChangeDto,
  PagedResultDtoOfRegistrationRequestDto,
  ReviewStatus,
} from '../proxy/models';
import { ProfileChangeService, RegistrationReviewService } from '../proxy/services';
import { ReviewQuery, ReviewTab } from './review-query';

export const REVIEW_PAGE_SIZE = 20;

/** One item of either queue, as the approve and reject actions need it. */
export interface ReviewTarget {
  tab: ReviewTab;
  id: string;
  /** The enterprise, to name it in confirmations. */
  name: string;
  concurrencyStamp: string;
}

/** Both review queues of the bureau (registrations and key-field changes) behind one face. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly registrations = inject(RegistrationReviewService);
  private readonly changes = inject(ProfileChangeService);

  registrationPage(q: ReviewQuery): Observable<PagedResultDtoOfRegistrationRequestDto> {
    return this.registrations.registrationReviewGetList({
      status: q.status,
      filter: q.filter || undefined,
      skipCount: (q.page - 1) * REVIEW_PAGE_SIZE,
      maxResultCount: REVIEW_PAGE_SIZE,
    });
  }

  changePage(q: ReviewQuery): Observable<PagedResultDtoOfProfileChangeDto> {
    return this.changes.profileChangeGetList({
      status: q.status,
      skipCount: (q.page - 1) * REVIEW_PAGE_SIZE,
      maxResultCount: REVIEW_PAGE_SIZE,
    });
  }

  /** How many wait in each queue (for the tab badges): one item asked, the total read. */
  pendingCounts(): Observable<Record<ReviewTab, number>> {
    const status: ReviewStatus = 'Pending';
    return forkJoin({
      registrations: this.registrations
        .registrationReviewGetList({ status, maxResultCount: 1 })
        .pipe(map((p) => p.totalCount)),
      changes: this.changes
        .profileChangeGetList({ status, maxResultCount: 1 })
        .pipe(map((p) => p.totalCount)),
    });
  }

  approve(target: ReviewTarget): Observable<unknown> {
    const params = { id: target.id, body: { concurrencyStamp: target.concurrencyStamp } };
    return target.tab === 'registrations'
      ? this.registrations.registrationReviewApprove(params)
      : this.changes.profileChangeApprove(params);
  }

  reject(target: ReviewTarget, reason: string): Observable<unknown> {
    const params = {
      id: target.id,
      body: { reason, concurrencyStamp: target.concurrencyStamp },
    };
    return target.tab === 'registrations'
      ? this.registrations.registrationReviewReject(params)
      : this.changes.profileChangeReject(params);
  }
}
