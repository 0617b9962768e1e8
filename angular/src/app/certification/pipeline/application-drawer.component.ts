import { Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { EMPTY, firstValueFrom } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { DateTextPipe } from '../../shared/format.pipes';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { PHONE, mediaMatches } from '../../shared/media';
import {
  Application,
  ApplicationCard,
  ApplicationStage,
  EVIDENCE_STATES,
  EvidenceItem,
  PipelineApi,
} from './pipeline-api.service';
import { STAGE_COLORS, completenessPercent, completenessStatus } from './pipeline-display';

/** An evidence row being edited (the server's row until changed). */
interface EvidenceDraft {
  state: EvidenceItem['state'];
  expiresOn: string | null;
  note: string;
}

/**
 * An application's detail beside the board: the evidence checklist (each item saved on its own
 * with the application's stamp), the moves it allows, and its history.
 */
@Component({
  selector: 'app-application-drawer',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzDatePickerModule,
    NzDrawerModule,
    NzEmptyModule,
    NzInputModule,
    NzProgressModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    TPipe,
  ],
  templateUrl: './application-drawer.component.html',
  styleUrl: './application-drawer.component.less',
})
export class ApplicationDrawerComponent {
  private readonly api = inject(PipelineApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly applicationId = input<string | null>(null);
  readonly canManage = input(false);
  readonly closed = output<void>();
  /** The application changed here (evidence): the board's completeness is out of date. */
  readonly changed = output<void>();
  readonly moveRequested = output<{ card: ApplicationCard; stage: ApplicationStage }>();

  protected readonly phone = mediaMatches(PHONE);
  protected readonly states = EVIDENCE_STATES;
  protected readonly stageColors = STAGE_COLORS;
  protected readonly percent = completenessPercent;
  protected readonly progressStatus = completenessStatus;

  protected readonly application = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => (params ? this.api.get(params) : EMPTY),
  });
  protected readonly current = computed(() =>
    this.application.hasValue() ? this.application.value() : null,
  );
  /** Newest first. */
  protected readonly events = computed(() =>
    [...(this.current()?.events ?? [])].sort((a, b) => b.time.localeCompare(a.time)),
  );

  private readonly drafts = signal<Record<string, EvidenceDraft>>({});
  protected readonly saving = signal<string | null>(null);

  protected draft(item: EvidenceItem): EvidenceDraft {
    return (
      this.drafts()[item.code] ?? {
        state: item.state,
        expiresOn: item.expiresOn,
        note: item.note ?? '',
      }
    );
  }

  protected isDirty(item: EvidenceItem): boolean {
    const d = this.drafts()[item.code];
    return (
      !!d &&
      (d.state !== item.state ||
        (d.expiresOn ?? null) !== (item.expiresOn ?? null) ||
        d.note !== (item.note ?? ''))
    );
  }

  protected patch(item: EvidenceItem, change: Partial<EvidenceDraft>): void {
    this.drafts.update((all) => ({ ...all, [item.code]: { ...this.draft(item), ...change } }));
  }

  protected date(value: string | null): Date | null {
    return parseIsoDate(value);
  }

  protected iso(date: Date | null): string | null {
    return formatIsoDate(date);
  }

  protected async save(application: Application, item: EvidenceItem): Promise<void> {
    const d = this.draft(item);
    this.saving.set(item.code);
    try {
      const updated = await firstValueFrom(
        this.api.updateEvidence(application.id, {
          code: item.code,
          state: d.state,
          expiresOn: d.expiresOn,
          note: d.note.trim() || null,
          concurrencyStamp: application.concurrencyStamp,
        }),
      );
      this.application.set(updated);
      this.drafts.update(({ [item.code]: _, ...rest }) => rest);
      this.message.success(this.localization.t('Ui:Saved'));
      this.changed.emit();
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'announced') {
        return;
      }
      const status = (e as { status?: number } | null)?.status;
      if (problem.kind === 'stale' || status === 409) {
        this.message.error(problem.message || this.localization.t('PipelinePage:Stale'));
        this.drafts.set({});
        this.application.reload();
        this.changed.emit();
      } else {
        this.message.error(problem.message || this.localization.t('Ui:SaveFailed'));
      }
    } finally {
      this.saving.set(null);
    }
  }

  protected requestMove(application: Application, stage: ApplicationStage): void {
    this.moveRequested.emit({ card: application, stage });
    this.close();
  }

  protected close(): void {
    this.drafts.set({});
    this.closed.emit();
  }
}
