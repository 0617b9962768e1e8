import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { QualificationKind } from '../shared/certification-api.service';
import { ApplicationStage, ImportResult, LIST_STAGES, PipelineApi } from './pipeline-api.service';
import { PIPELINE_KINDS } from './pipeline-query';

/** The official list's settings; the issue date only for Approved. */
export interface ImportSettings {
  kind: QualificationKind;
  year: number;
  stage: ApplicationStage;
  issuedOn: string | null;
}

/** What the import still lacks before it can be sent. */
export function importMissing(settings: ImportSettings, file: File | null): string[] {
  return [
    ...(file ? [] : ['file']),
    ...(settings.stage === 'Approved' && !settings.issuedOn ? ['issuedOn'] : []),
  ];
}

/**
 * 导入公示/认定名单: uploads the province's list (.xlsx: 统一社会信用代码, 企业名称, 证书编号) and
 * moves the matching applications to Publicized or Approved; shows the counts and the rows that
 * matched nothing.
 */
@Component({
  selector: 'app-import-list-modal',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    TPipe,
  ],
  templateUrl: './import-list-modal.component.html',
  styles: `
    nz-date-picker,
    nz-select {
      width: 100%;
    }
    .import__result {
      margin: 12px 0;
    }
  `,
})
export class ImportListModalComponent {
  private readonly api = inject(PipelineApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly visible = input(false);
  readonly kind = input<QualificationKind>('HighTech');
  readonly year = input<number>(new Date().getFullYear());
  readonly years = input<number[]>([]);
  readonly closed = output<void>();
  readonly imported = output<ImportResult>();

  protected readonly kinds = PIPELINE_KINDS;
  protected readonly stages = LIST_STAGES;
  protected readonly settings = signal<ImportSettings>({
    kind: 'HighTech',
    year: new Date().getFullYear(),
    stage: 'Publicized',
    issuedOn: null,
  });
  protected readonly file = signal<File | null>(null);
  protected readonly running = signal(false);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly missing = computed(() => importMissing(this.settings(), this.file()));
  protected readonly issuedOnDate = computed(() => parseIsoDate(this.settings().issuedOn));

  constructor() {
    // Opening starts from the board's kind and year, with no file and no result.
    effect(() => {
      if (this.visible()) {
        this.settings.set({
          kind: this.kind(),
          year: this.year(),
          stage: 'Publicized',
          issuedOn: null,
        });
        this.file.set(null);
        this.result.set(null);
        this.error.set(null);
      }
    });
  }

  protected patch(change: Partial<ImportSettings>): void {
    this.settings.update((s) => ({ ...s, ...change }));
  }

  protected iso(date: Date | null): string | null {
    return formatIsoDate(date);
  }

  protected onFile(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.file.set(files && files.length > 0 ? files[0] : null);
  }

  protected async run(): Promise<void> {
    const file = this.file();
    if (!file || this.missing().length > 0 || this.running()) {
      return;
    }
    const s = this.settings();
    this.running.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.api.importOfficialList({
          file,
          kind: s.kind,
          year: s.year,
          stage: s.stage,
          issuedOn: s.stage === 'Approved' ? s.issuedOn : null,
        }),
      );
      this.result.set(result);
      this.imported.emit(result);
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.error.set(problem.message || this.localization.t('PipelinePage:ImportFailed'));
      } else {
        this.message.error(this.localization.t('PipelinePage:ImportFailed'));
      }
    } finally {
      this.running.set(false);
    }
  }
}
