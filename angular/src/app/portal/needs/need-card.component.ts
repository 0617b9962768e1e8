import { Component, computed, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { of } from 'rxjs';
import { TPipe } from '../../core/localization/t.pipe';
import {
  NEED_STATUS_COLORS,
  Need,
  NeedAction,
  NeedListItem,
  NeedsApi,
} from '../../needs/shared/needs-api.service';
import { DateTextPipe } from '../../shared/format.pipes';

/** The steps an enterprise takes on its need: accept the answer (with a rating) or send it back. */
const OWN_STEPS: readonly NeedAction[] = ['Confirm', 'Reopen'];

/**
 * One of the enterprise's needs: what was asked, its status and unit; the answer and the history
 * when opened, and, once answered, confirming with a rating or sending it back.
 */
@Component({
  selector: 'app-portal-need-card',
  imports: [
    DateTextPipe,
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzRateModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    TPipe,
  ],
  templateUrl: './need-card.component.html',
  styleUrls: ['../shared/portal-page.less', './need-card.component.less'],
})
export class NeedCardComponent {
  private readonly api = inject(NeedsApi);

  readonly need = input.required<NeedListItem>();
  /** Shows the answer and the history. */
  readonly expanded = input(false);
  /** Bump to read the need again (after a step on it). */
  readonly version = input(0);
  readonly toggle = output<void>();
  readonly act = output<{ action: NeedAction; need: Need }>();

  protected readonly statusColors = NEED_STATUS_COLORS;
  protected readonly awaitingConfirmation = computed(() => this.need().status === 'Resolved');

  /** Read when opened, and at once for an answered need (its answer is what the enterprise judges). */
  protected readonly detail = rxResource({
    params: () =>
      this.expanded() || this.awaitingConfirmation()
        ? { id: this.need().id, version: this.version() }
        : undefined,
    stream: ({ params }) => (params ? this.api.get(params.id) : of(null)),
  });
  protected readonly value = computed(() => (this.detail.hasValue() ? this.detail.value() : null));
  protected readonly steps = computed(
    () => this.value()?.allowedActions.filter((a) => OWN_STEPS.includes(a)) ?? [],
  );
  /** Newest first. */
  protected readonly events = computed(() =>
    [...(this.value()?.events ?? [])].sort((a, b) => b.time.localeCompare(a.time)),
  );

  protected start(action: NeedAction): void {
    const need = this.value();
    if (need) {
      this.act.emit({ action, need });
    }
  }
}
