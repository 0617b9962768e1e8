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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { QualificationKind } from '../shared/certification-api.service';
import { chinaYear } from '../recertifications/recertification-query';
import { ApplicationPolicies } from './application-policies';
import { saveWorkbook } from '../shared/download';
import { BatchCalendarComponent } from './batch-calendar.component';
import { ApplicationDrawerComponent } from './application-drawer.component';
import { ImportListModalComponent } from './import-list-modal.component';
import { PendingMove, PipelineMoveModalComponent } from './move-modal.component';
import {
  ApplicationCard,
  ApplicationStage,
  PIPELINE_STAGES,
  PipelineApi,
} from './pipeline-api.service';
import {
  MoveDetails,
  STAGE_COLORS,
  canDropOn,
  completenessPercent,
  completenessStatus,
  daysSince,
  moveNeedsInput,
  toMoveInput,
} from './pipeline-display';
import {
  PIPELINE_KINDS,
  PipelineQuery,
  pipelineQueryFromParams,
  pipelineQueryToParams,
  pipelineYears,
} from './pipeline-query';

/**
 * 认定申报看板: per kind and batch year, a column per application stage. Dragging a card onto
 * another column moves the application when its stage allows it (asked of the server on drag
 * start); Approved, Rejected and Withdrawn ask for input first. The server has the last word.
 */
@Component({
  selector: 'app-pipeline-page',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    CdkScrollable,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzProgressModule,
    NzSelectModule,
    NzTagModule,
    ApplicationDrawerComponent,
    BatchCalendarComponent,
    ImportListModalComponent,
    PipelineMoveModalComponent,
    TPipe,
  ],
  templateUrl: './pipeline.page.html',
  styleUrls: ['../../shared/board-page.less', './pipeline.page.less'],
})
export class PipelinePage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(PipelineApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  private readonly currentYear = chinaYear();
  protected readonly kinds = PIPELINE_KINDS;
  protected readonly stageColors = STAGE_COLORS;
  protected readonly percent = completenessPercent;
  protected readonly progressStatus = completenessStatus;
  /** On a touch screen a card is dragged after a short press, so that a swipe scrolls the board. */
  protected readonly dragDelay = { touch: 250, mouse: 0 };
  protected readonly canManage = computed(() => this.store.isGranted(ApplicationPolicies.manage));

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(map((p) => pipelineQueryFromParams(p, this.currentYear))),
    { requireSync: true },
  );
  protected readonly years = computed(() => pipelineYears(this.currentYear, this.query().year));

  protected readonly board = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.getPipeline(params.kind, params.year),
  });
  protected readonly columns = computed(() => {
    const byStage = new Map((this.board.value() ?? []).map((c) => [c.stage, c]));
    return PIPELINE_STAGES.map((stage) => byStage.get(stage) ?? { stage, count: 0, items: [] });
  });

  /** The card being dragged and the stages its application allows (loaded on drag start). */
  protected readonly dragging = signal<{
    card: ApplicationCard;
    allowed: ApplicationStage[] | null;
  } | null>(null);
  protected readonly busy = signal(false);
  protected readonly pendingMove = signal<PendingMove | null>(null);
  protected readonly openId = signal<string | null>(null);
  protected readonly importing = signal(false);
  protected readonly exporting = signal(false);
  /** A click right after a drop is the end of the drag, not a request for the detail. */
  private lastDrop = 0;

  protected days(card: ApplicationCard): number {
    return daysSince(card.stageSince);
  }

  /** Whether a drop of the dragged card on a column is offered. */
  protected readonly canEnter = (stage: ApplicationStage) => (drag: CdkDrag<ApplicationCard>) =>
    canDropOn(drag.data.stage, stage, this.dragging()?.allowed ?? null);

  protected onKind(kind: QualificationKind): void {
    if (kind !== this.query().kind) {
      this.navigate({ kind });
    }
  }

  protected onYear(year: number): void {
    if (year !== this.query().year) {
      this.navigate({ year });
    }
  }

  protected async onDragStarted(event: CdkDragStart<ApplicationCard>): Promise<void> {
    const card = event.source.data;
    this.dragging.set({ card, allowed: null });
    try {
      const application = await firstValueFrom(this.api.get(card.id));
      if (this.dragging()?.card === card) {
        this.dragging.set({
          card: { ...card, concurrencyStamp: application.concurrencyStamp },
          allowed: application.allowedMoves,
        });
      }
    } catch {
      // The server decides on the drop.
    }
  }

  protected async onDrop(
    event: CdkDragDrop<ApplicationStage, ApplicationStage, ApplicationCard>,
  ): Promise<void> {
    const dragged = this.dragging();
    this.dragging.set(null);
    this.lastDrop = Date.now();
    if (event.previousContainer === event.container) {
      return;
    }
    const card = dragged?.card.id === event.item.data.id ? dragged.card : event.item.data;
    await this.requestMove(card, event.container.data);
  }

  /** Moves at once when the stage needs no input, else through the modal. */
  protected async exportBoard(): Promise<void> {
    this.exporting.set(true);
    try {
      const { kind, year } = this.query();
      saveWorkbook(
        await firstValueFrom(this.api.exportPipeline(kind, year)),
        `applications-${kind}-${year}`,
      );
    } catch {
      // The HTTP interceptor has told the user.
    } finally {
      this.exporting.set(false);
    }
  }

  protected async requestMove(card: ApplicationCard, stage: ApplicationStage): Promise<void> {
    if (moveNeedsInput(stage)) {
      this.pendingMove.set({ card, stage });
      return;
    }
    await this.move(card, stage);
  }

  protected async onMoveConfirmed(details: MoveDetails): Promise<void> {
    const pending = this.pendingMove();
    if (pending) {
      await this.move(pending.card, pending.stage, details);
    }
  }

  protected openCard(card: ApplicationCard): void {
    if (Date.now() - this.lastDrop > 300) {
      this.openId.set(card.id);
    }
  }

  private async move(
    card: ApplicationCard,
    stage: ApplicationStage,
    details?: MoveDetails,
  ): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.move(card.id, toMoveInput(stage, card.concurrencyStamp, details)),
      );
      this.pendingMove.set(null);
      this.message.success(this.localization.t('PipelinePage:Moved'));
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
      this.board.reload();
    }
  }

  /** 409: someone changed it first (say so, the board reloads); 422 and 400: the server's message. */
  private fail(error: unknown): void {
    const problem = toActionProblem(error);
    if (problem.kind === 'announced') {
      return;
    }
    const status = (error as { status?: number } | null)?.status;
    if (problem.kind === 'stale' || status === 409) {
      this.pendingMove.set(null);
      this.message.error(problem.message || this.localization.t('PipelinePage:Stale'));
    } else {
      this.message.error(problem.message || this.localization.t('PipelinePage:Refused'));
    }
  }

  protected onDrawerMove(event: { card: ApplicationCard; stage: ApplicationStage }): void {
    void this.requestMove(event.card, event.stage);
  }

  private navigate(change: Partial<PipelineQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: pipelineQueryToParams({ ...this.query(), ...change }, this.currentYear),
    });
  }
}
