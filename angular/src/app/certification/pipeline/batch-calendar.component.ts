import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { QualificationKind } from '../../proxy/models';
import { CertificationApplicationService } from '../../proxy/services';
import { DateTextPipe } from '../../shared/format.pipes';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';

/** The batch dates, in the order a batch runs; each is also a field of the upsert body. */
export const BATCH_DATES = [
  'opensOn',
  'closesOn',
  'reviewOn',
  'publicityOn',
  'announcementOn',
] as const;
export type BatchDate = (typeof BATCH_DATES)[number];

const DATE_KEYS: Record<BatchDate, string> = {
  opensOn: 'Batch:OpensOn',
  closesOn: 'Batch:ClosesOn',
  reviewOn: 'Batch:ReviewOn',
  publicityOn: 'Batch:PublicityOn',
  announcementOn: 'Batch:AnnouncementOn',
};

/**
 * The batch calendar of the board's kind and year (申报批次): the dates the province announced, shown above
 * the columns; the bureau edits them here (they drive the "closing soon" reminder).
 */
@Component({
  selector: 'app-batch-calendar',
  imports: [
    FormsModule,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    DateTextPipe,
    TPipe,
  ],
  template: `
    <div class="batch" data-testid="batch-calendar">
      <span class="batch__title">{{ 'PipelinePage:Batch' | t }}</span>
      @if (batch(); as b) {
        @for (d of dates; track d) {
          @if (b[d]) {
            <span class="batch__date" [attr.data-testid]="'batch-' + d"
              >{{ keys[d] | t }} {{ b[d] | dateText }}</span
            >
          }
        }
        @if (b.notice) {
          <span class="batch__notice">{{ b.notice }}</span>
        }
      } @else {
        <span class="batch__none">{{ 'PipelinePage:BatchNotScheduled' | t }}</span>
      }
      @if (canManage()) {
        <button
          nz-button
          nzType="link"
          nzSize="small"
          type="button"
          data-testid="batch-edit"
          (click)="edit()"
        >
          <nz-icon nzType="edit" />{{ 'Ui:Edit' | t }}
        </button>
      }
    </div>
    <nz-modal
      [nzVisible]="editing()"
      [nzTitle]="'PipelinePage:Batch' | t"
      [nzOkText]="'Ui:Save' | t"
      [nzCancelText]="'Ui:Cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="save()"
      (nzOnCancel)="editing.set(false)"
    >
      <ng-container *nzModalContent>
        <div class="batch-form">
          @for (d of dates; track d) {
            <label class="batch-form__row">
              <span>{{ keys[d] | t }}</span>
              <nz-date-picker [attr.data-testid]="'batch-input-' + d" [(ngModel)]="draft[d]" />
            </label>
          }
          <label class="batch-form__row">
            <span>{{ 'Batch:Notice' | t }}</span>
            <input nz-input data-testid="batch-input-notice" [(ngModel)]="notice" />
          </label>
        </div>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .batch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
      margin-bottom: 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .batch__title {
      font-weight: 500;
      color: rgba(0, 0, 0, 0.85);
    }
    .batch__none,
    .batch__notice {
      color: rgba(0, 0, 0, 0.45);
    }
    .batch-form {
      display: grid;
      gap: 12px;
    }
    .batch-form__row {
      display: grid;
      grid-template-columns: 120px 1fr;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class BatchCalendarComponent {
  private readonly api = inject(CertificationApplicationService);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly kind = input.required<QualificationKind>();
  readonly year = input.required<number>();
  readonly canManage = input(false);

  protected readonly dates = BATCH_DATES;
  protected readonly keys = DATE_KEYS;
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected draft: Record<BatchDate, Date | null> = emptyDraft();
  protected notice = '';

  private readonly batches = rxResource({
    params: () => this.year(),
    stream: ({ params }) => this.api.certificationApplicationGetBatches({ year: params }),
  });
  protected readonly batch = computed(
    () => (this.batches.value() ?? []).find((b) => b.kind === this.kind()) ?? null,
  );

  protected edit(): void {
    const b = this.batch();
    this.draft = emptyDraft();
    for (const d of BATCH_DATES) {
      this.draft[d] = parseIsoDate(b?.[d]);
    }
    this.notice = b?.notice ?? '';
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    try {
      const body = Object.fromEntries(BATCH_DATES.map((d) => [d, formatIsoDate(this.draft[d])]));
      await firstValueFrom(
        this.api.certificationApplicationUpsertBatch({
          kind: this.kind(),
          year: this.year(),
          body: {
            ...body,
            notice: this.notice || null,
            concurrencyStamp: this.batch()?.concurrencyStamp ?? null,
          },
        }),
      );
      this.message.success(this.localization.t('Ui:Saved'));
      this.editing.set(false);
    } catch (e) {
      this.message.error(
        problemMessage(toProblemDetails(e)) ?? this.localization.t('PipelinePage:BatchSaveFailed'),
      );
    } finally {
      this.saving.set(false);
      this.batches.reload();
    }
  }
}

function emptyDraft(): Record<BatchDate, Date | null> {
  return { opensOn: null, closesOn: null, reviewOn: null, publicityOn: null, announcementOn: null };
}
