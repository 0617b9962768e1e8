import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { CultivationApi, Proposal, ProposalResult } from '../shared/cultivation-api.service';
import {
  MembershipActionModalComponent,
  MembershipActionOutcome,
  MembershipActionTarget,
} from '../shared/membership-action-modal.component';
import { DateTextPipe } from '../../shared/format.pipes';

const EMPTY: ProposalResult = { totalCount: 0, items: [] };
const PAGE_SIZE = 20;

/** The bureau's review queue: proposals waiting for admission or rejection. */
@Component({
  selector: 'app-proposals-page',
  imports: [
    DateTextPipe,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzTableModule,
    MembershipActionModalComponent,
    TPipe,
  ],
  templateUrl: './proposals.page.html',
  styleUrl: './proposals.page.less',
})
export class ProposalsPage {
  private readonly api = inject(CultivationApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly pageIndex = signal(1);
  protected readonly result = rxResource({
    params: () => this.pageIndex(),
    stream: ({ params }) => this.api.getProposals((params - 1) * PAGE_SIZE, PAGE_SIZE),
  });
  protected readonly page = computed(() => (this.result.hasValue() ? this.result.value() : EMPTY));
  protected readonly actionTarget = signal<MembershipActionTarget | null>(null);

  protected open(action: 'admit' | 'reject', proposal: Proposal): void {
    this.actionTarget.set({
      action,
      membershipId: proposal.membershipId,
      enterpriseId: proposal.enterpriseId,
      enterpriseName: proposal.enterpriseName,
      concurrencyStamp: proposal.concurrencyStamp,
    });
  }

  protected onActionFinished(outcome: MembershipActionOutcome): void {
    const action = this.actionTarget()?.action;
    this.actionTarget.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(
        this.localization.t(action === 'reject' ? 'PoolPage:Rejected' : 'PoolPage:Admitted'),
      );
      this.result.reload();
    } else if (outcome.kind === 'stale') {
      this.message.error(outcome.message || this.localization.t('PoolPage:StaleReloaded'));
      this.result.reload();
    }
  }
}
