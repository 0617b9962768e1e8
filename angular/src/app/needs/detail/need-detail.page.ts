import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { FormsModule } from '@angular/forms';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { DateTextPipe } from '../../shared/format.pipes';
import {
  NeedActionModalComponent,
  NeedActionOutcome,
  NeedActionTarget,
} from '../shared/need-action-modal.component';
import { NEED_STATUS_COLORS, NeedAction, NeedsApi } from '../shared/needs-api.service';

/** One need: what was asked, by whom it is handled, its history, and the steps allowed now. */
@Component({
  selector: 'app-need-detail-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzRateModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    NeedActionModalComponent,
    TPipe,
  ],
  templateUrl: './need-detail.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class NeedDetailPage {
  private readonly api = inject(NeedsApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly statusColors = NEED_STATUS_COLORS;
  protected readonly need = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  /** Newest first. */
  protected readonly events = computed(() =>
    this.need.hasValue()
      ? [...this.need.value().events].sort((a, b) => b.time.localeCompare(a.time))
      : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.need.error();
    return error
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });
  protected readonly actionTarget = signal<NeedActionTarget | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected open(action: NeedAction): void {
    if (!this.need.hasValue()) {
      return;
    }
    const need = this.need.value();
    this.notice.set(null);
    this.actionTarget.set({
      action,
      needId: need.id,
      description: need.description,
      concurrencyStamp: need.concurrencyStamp,
      responsibleUnitId: need.responsibleUnitId,
    });
  }

  protected onFinished(outcome: NeedActionOutcome): void {
    this.actionTarget.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(this.localization.t('Ui:Saved'));
      this.need.set(outcome.need);
    } else if (outcome.kind === 'stale' || outcome.kind === 'refused') {
      this.notice.set(
        outcome.message ||
          this.localization.t(
            outcome.kind === 'stale' ? 'NeedPage:StaleReloaded' : 'NeedPage:Refused',
          ),
      );
      this.need.reload();
    }
  }
}
