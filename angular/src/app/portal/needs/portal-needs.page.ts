import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import {
  NeedActionModalComponent,
  NeedActionOutcome,
  NeedActionTarget,
} from '../../needs/shared/need-action-modal.component';
import { Need, NeedAction, NeedListItem, NeedsApi } from '../../needs/shared/needs-api.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { PortalApi } from '../shared/portal-api.service';
import { PortalContext } from '../shared/portal-context';
import { NeedCardComponent } from './need-card.component';
import { RaiseNeedModalComponent } from './raise-need-modal.component';

/** The server's page-size cap: an enterprise's needs fit in one page. */
const MAX_NEEDS = 100;
const MAX_VISITS = 50;

/** Answered needs waiting for the enterprise first, then the server's order. */
export function sortForEnterprise(needs: readonly NeedListItem[]): NeedListItem[] {
  return [...needs].sort(
    (a, b) => Number(b.status === 'Resolved') - Number(a.status === 'Resolved'),
  );
}

/**
 * 走访与诉求: the enterprise's needs with their status (confirming an answer with a rating, or sending
 * it back), raising a new one, and the visits recorded with it (read only).
 */
@Component({
  selector: 'app-portal-needs-page',
  imports: [
    DateTextPipe,
    NzAlertModule,
    NzBadgeModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzSpinModule,
    NzTabsModule,
    NeedActionModalComponent,
    NeedCardComponent,
    RaiseNeedModalComponent,
    TPipe,
  ],
  templateUrl: './portal-needs.page.html',
  styleUrls: ['../shared/portal-page.less', './portal-needs.page.less'],
})
export class PortalNeedsPage {
  private readonly needsApi = inject(NeedsApi);
  private readonly portalApi = inject(PortalApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly context = inject(PortalContext);

  /** Route parameter: the need a notification opened. */
  readonly needId = input<string>();

  protected readonly version = signal(0);
  protected readonly expanded = signal<string | null>(null);
  protected readonly raising = signal(false);
  protected readonly actionTarget = signal<NeedActionTarget | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly needs = rxResource({
    params: () => ({ id: this.context.enterpriseId(), version: this.version() }),
    stream: ({ params }) => this.needsApi.getList({ enterpriseId: params.id }, 0, MAX_NEEDS),
  });
  protected readonly list = computed(() =>
    this.needs.hasValue() ? sortForEnterprise(this.needs.value().items) : [],
  );
  protected readonly awaiting = computed(
    () => this.list().filter((n) => n.status === 'Resolved').length,
  );

  protected readonly visits = rxResource({
    params: () => this.context.enterpriseId(),
    stream: ({ params }) => this.portalApi.getVisits(params, MAX_VISITS),
  });

  constructor() {
    // A need opened from a notification: open its card and bring it into view.
    let opened: string | null = null;
    effect(() => {
      const id = this.needId();
      if (id && id !== opened && this.list().some((n) => n.id === id)) {
        opened = id;
        this.expanded.set(id);
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector(`[data-testid="need-${id}"]`)
              ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' }),
          { injector: this.injector },
        );
      }
    });
  }

  protected toggle(id: string): void {
    this.expanded.update((current) => (current === id ? null : id));
  }

  protected open({ action, need }: { action: NeedAction; need: Need }): void {
    this.notice.set(null);
    this.actionTarget.set({
      action,
      needId: need.id,
      description: need.description,
      concurrencyStamp: need.concurrencyStamp,
      responsibleUnitId: need.responsibleUnitId,
    });
  }

  protected onActed(outcome: NeedActionOutcome): void {
    this.actionTarget.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(
        this.localization.t(
          outcome.need.status === 'Closed'
            ? 'Workspace:Needs.Confirmed'
            : 'Workspace:Needs.SentBack',
        ),
      );
      this.version.update((v) => v + 1);
    } else if (outcome.kind === 'stale' || outcome.kind === 'refused') {
      this.notice.set(
        outcome.message ||
          this.localization.t(
            outcome.kind === 'stale' ? 'NeedPage:StaleReloaded' : 'NeedPage:Refused',
          ),
      );
      this.version.update((v) => v + 1);
    }
  }

  protected onRaised(need: Need | null): void {
    this.raising.set(false);
    if (need) {
      this.message.success(this.localization.t('Workspace:Needs.Raised'));
      this.version.update((v) => v + 1);
    }
  }
}
