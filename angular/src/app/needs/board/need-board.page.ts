import {
  CdkDrag,
  CdkDragDrop,
  CdkDragStart,
  CdkDropList,
  CdkDropListGroup,
} from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { BOARD_COLUMNS, isImmediate, moveAction } from '../shared/need-actions';
import {
  NeedActionModalComponent,
  NeedActionOutcome,
  NeedActionTarget,
} from '../shared/need-action-modal.component';
import {
  NEED_STATUS_COLORS,
  NeedAction,
  NeedListItem,
  NeedStatus,
  NeedsApi,
} from '../shared/needs-api.service';

/**
 * 诉求看板: a column per status. Dragging a card onto another column does the step that leads
 * there (Accept, Start, Resolve …) when the need allows it; steps that need an answer or a reason
 * open a modal. The server has the last word (a refusal is shown and the board reloads).
 */
@Component({
  selector: 'app-need-board-page',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    CdkScrollable,
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSelectModule,
    NzTagModule,
    NeedActionModalComponent,
    TPipe,
  ],
  templateUrl: './need-board.page.html',
  styleUrls: ['../../shared/board-page.less', './need-board.page.less'],
})
export class NeedBoardPage {
  private readonly api = inject(NeedsApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly statusColors = NEED_STATUS_COLORS;
  /** On a touch screen a card is dragged after a short press, so that a swipe scrolls the board. */
  protected readonly dragDelay = { touch: 250, mouse: 0 };
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });
  protected readonly unitId = signal<string | null>(null);

  protected readonly board = rxResource({
    params: () => this.unitId(),
    stream: ({ params }) => this.api.getBoard(params),
  });
  protected readonly columns = computed(() => {
    const byStatus = new Map((this.board.value() ?? []).map((c) => [c.status, c]));
    return BOARD_COLUMNS.map((status) => byStatus.get(status) ?? { status, total: 0, items: [] });
  });

  /** The card being dragged and the steps its need allows (loaded on drag start). */
  protected readonly dragging = signal<{ item: NeedListItem; allowed: NeedAction[] | null } | null>(
    null,
  );
  protected readonly busy = signal(false);
  protected readonly actionTarget = signal<NeedActionTarget | null>(null);

  /** Whether a drop of the dragged card on a column is offered. */
  protected readonly canEnter = (status: NeedStatus) => (drag: CdkDrag<NeedListItem>) => {
    const action = moveAction(drag.data.status, status);
    const allowed = this.dragging()?.allowed;
    return !!action && (!allowed || allowed.includes(action));
  };

  protected async onDragStarted(event: CdkDragStart<NeedListItem>): Promise<void> {
    const item = event.source.data;
    this.dragging.set({ item, allowed: null });
    try {
      const need = await firstValueFrom(this.api.get(item.id));
      if (this.dragging()?.item === item) {
        this.dragging.set({
          item: { ...item, concurrencyStamp: need.concurrencyStamp },
          allowed: need.allowedActions,
        });
      }
    } catch {
      // The server decides on the drop.
    }
  }

  protected async onDrop(event: CdkDragDrop<NeedStatus, NeedStatus, NeedListItem>): Promise<void> {
    const dragged = this.dragging();
    this.dragging.set(null);
    if (event.previousContainer === event.container) {
      return;
    }
    const item = dragged?.item.id === event.item.data.id ? dragged.item : event.item.data;
    const action = moveAction(item.status, event.container.data);
    if (!action) {
      return;
    }
    await this.perform(item, action);
  }

  /** Does a step on a card: at once when it needs no input, else through the modal. */
  protected async perform(item: NeedListItem, action: NeedAction): Promise<void> {
    if (!isImmediate(action)) {
      this.actionTarget.set({
        action,
        needId: item.id,
        description: item.description,
        concurrencyStamp: item.concurrencyStamp,
        responsibleUnitId: item.responsibleUnitId,
      });
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.act(item.id, { action, concurrencyStamp: item.concurrencyStamp }),
      );
      this.message.success(this.localization.t('Ui:Saved'));
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('NeedPage:Refused'));
      }
    } finally {
      this.busy.set(false);
      this.board.reload();
    }
  }

  /** The first step a card's status leads to (a button for those who do not drag). */
  protected nextAction(status: NeedStatus): NeedAction | null {
    const next: Partial<Record<NeedStatus, NeedAction>> = {
      Open: 'Accept',
      Accepted: 'Start',
      Reopened: 'Start',
      InProgress: 'Resolve',
      Resolved: 'Confirm',
    };
    return next[status] ?? null;
  }

  protected onFinished(outcome: NeedActionOutcome): void {
    this.actionTarget.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(this.localization.t('Ui:Saved'));
    } else if (outcome.kind === 'stale' || outcome.kind === 'refused') {
      this.message.error(
        outcome.message ||
          this.localization.t(
            outcome.kind === 'stale' ? 'NeedPage:StaleReloaded' : 'NeedPage:Refused',
          ),
      );
    }
    this.board.reload();
  }
}
