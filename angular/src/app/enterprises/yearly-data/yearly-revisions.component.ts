import { Component, computed, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { of } from 'rxjs';
import { TPipe } from '../../core/localization/t.pipe';
import { FigureLabelPipe } from './figure-label.pipe';
import { YearlyDataApi } from './yearly-data-api.service';
import { STATUS_COLORS, changedFigures } from './yearly-figures';
import { AmountPipe, DateTextPipe } from '../../shared/format.pipes';

/** A year's revisions, each with the figures it changed; open while `fiscalYear` is set. */
@Component({
  selector: 'app-yearly-revisions',
  imports: [
    DateTextPipe,
    AmountPipe,
    NzModalModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    FigureLabelPipe,
    TPipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="fiscalYear() !== null"
      [nzTitle]="'YearlyDataPage:RevisionsTitle' | t: fiscalYear()"
      [nzWidth]="720"
      [nzFooter]="null"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        <nz-spin [nzSpinning]="revisions.isLoading()">
          <nz-timeline data-testid="yearly-revisions">
            @for (r of entries(); track $index) {
              <nz-timeline-item>
                <div class="revision" data-testid="yearly-revision">
                  <nz-tag [nzColor]="statusColors[r.status]">{{
                    'Enum:YearlyDataStatus.' + r.status | t
                  }}</nz-tag>
                  <span class="muted">{{ r.time | dateText: true }} · {{ r.userName }}</span>
                </div>
                @if (r.comment) {
                  <div class="revision__comment">{{ r.comment }}</div>
                }
                @for (c of r.changes; track c.name) {
                  <div class="revision__change">
                    {{ c.name | figureLabel }}：
                    <span class="muted">{{ c.before === null ? '—' : (c.before | amount) }}</span>
                    →
                    <strong>{{ c.after === null ? '—' : (c.after | amount) }}</strong>
                  </div>
                }
              </nz-timeline-item>
            } @empty {
              @if (!revisions.isLoading()) {
                <p class="muted">{{ 'YearlyDataPage:NoRevisions' | t }}</p>
              }
            }
          </nz-timeline>
          @if (revisions.error()) {
            <p class="load-error">{{ 'Ui:LoadFailed' | t }}</p>
          }
        </nz-spin>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .revision {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .revision__comment {
      margin-top: 4px;
      white-space: pre-line;
    }
    .revision__change {
      font-size: 13px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .load-error {
      color: #cf1322;
    }
  `,
})
export class YearlyRevisionsComponent {
  private readonly api = inject(YearlyDataApi);

  readonly enterpriseId = input.required<string>();
  readonly fiscalYear = input<number | null>(null);
  readonly closed = output<void>();

  protected readonly statusColors = STATUS_COLORS;
  protected readonly revisions = rxResource({
    params: () => ({ id: this.enterpriseId(), year: this.fiscalYear() }),
    stream: ({ params }) =>
      params.year === null ? of([]) : this.api.getRevisions(params.id, params.year),
  });
  /** Newest first, each with what it changed against the one before. */
  protected readonly entries = computed(() => {
    const list = this.revisions.hasValue() ? [...this.revisions.value()] : [];
    list.sort((a, b) => a.time.localeCompare(b.time));
    return list
      .map((r, i) => ({
        ...r,
        changes: changedFigures(i > 0 ? list[i - 1].figures : null, r.figures),
      }))
      .reverse();
  });
}
