import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { TPipe } from '../../core/localization/t.pipe';
import {
  CultivationApi,
  Membership,
  MembershipEvent,
  MembershipEventKind,
} from '../shared/cultivation-api.service';
import { MEMBERSHIP_STATUS_COLORS, STAGE_COLORS } from '../shared/stage-colors';
import { DateTextPipe } from '../../shared/format.pipes';

const EVENT_COLORS: Record<MembershipEventKind, string> = {
  Proposed: 'gray',
  Admitted: 'green',
  Rejected: 'red',
  StageChanged: 'blue',
  Exited: 'red',
};

/** The enterprise's pool history: each membership (newest first) with its events on a timeline. */
@Component({
  selector: 'app-membership-timeline',
  imports: [
    DateTextPipe,
    NzButtonModule,
    NzEmptyModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    TPipe,
  ],
  templateUrl: './membership-timeline.component.html',
  styleUrl: './membership-timeline.component.less',
})
export class MembershipTimelineComponent {
  private readonly api = inject(CultivationApi);

  readonly enterpriseId = input.required<string>();
  /** Bump to load again (after a proposal). */
  readonly version = input(0);

  protected readonly statusColors = MEMBERSHIP_STATUS_COLORS;
  protected readonly stageColors = STAGE_COLORS;
  protected readonly eventColors = EVENT_COLORS;

  protected readonly memberships = rxResource({
    params: () => ({ id: this.enterpriseId(), version: this.version() }),
    stream: ({ params }) => this.api.getMemberships(params.id),
  });
  protected readonly list = computed<Membership[]>(() =>
    this.memberships.hasValue() ? this.memberships.value() : [],
  );

  /** Oldest first, as a timeline reads. */
  protected events(membership: Membership): MembershipEvent[] {
    return [...membership.events].sort((a, b) => a.time.localeCompare(b.time));
  }
}
