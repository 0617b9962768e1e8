import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { TPipe } from '../../core/localization/t.pipe';
import { DateTextPipe } from '../../shared/format.pipes';
import { KeyTaskApiService, TaskProgress } from '../shared/key-task-api.service';

/** The server's limit of a progress note (PlanningConsts.MaxProgressLength). */
export const MAX_PROGRESS_LENGTH = 4000;

/** One task of one unit in the half-year: its note, written and saved on its own. */
@Component({
  selector: 'app-progress-row',
  imports: [DateTextPipe, FormsModule, NzButtonModule, NzInputModule, NzTagModule, TPipe],
  template: `
    @let r = row();
    <article
      class="progress-row"
      data-testid="progress-row"
      [attr.data-task]="r.number"
      [attr.data-unit-id]="r.responsibleUnitId"
    >
      <header class="progress-row__header">
        <strong>{{ r.number }}. {{ r.title }}</strong>
        <nz-tag [nzColor]="r.isLead ? 'blue' : 'default'">{{
          (r.isLead ? 'Reports:Lead' : 'Reports:Partner') | t
        }}</nz-tag>
        @if (showUnit()) {
          <span class="progress-row__unit">{{ r.responsibleUnitName }}</span>
        }
      </header>
      <textarea
        nz-input
        rows="4"
        data-testid="progress-text"
        [attr.aria-label]="'KeyTasks:Progress' | t"
        [placeholder]="'KeyTasks:ProgressPlaceholder' | t"
        [maxlength]="maxLength"
        [ngModel]="draft()"
        (ngModelChange)="draft.set($event)"
      ></textarea>
      @if (error(); as message) {
        <div class="progress-row__error" data-testid="progress-error">{{ message }}</div>
      }
      <footer class="progress-row__footer">
        <span class="progress-row__meta">
          @if (r.updatedAt) {
            {{ 'KeyTasks:UpdatedAt' | t: (r.updatedAt | dateText: true) }}
          } @else {
            {{ 'Reports:NoProgress' | t }}
          }
        </span>
        <button
          nz-button
          nzType="primary"
          type="button"
          data-testid="progress-save"
          [disabled]="!changed()"
          [nzLoading]="saving()"
          (click)="save()"
        >
          {{ 'Ui:Save' | t }}
        </button>
      </footer>
    </article>
  `,
  styles: `
    .progress-row {
      background: #fff;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 12px 16px;
      margin-bottom: 12px;
    }
    .progress-row__header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    .progress-row__unit,
    .progress-row__meta {
      color: rgba(0, 0, 0, 0.45);
    }
    .progress-row__error {
      color: #cf1322;
      margin-top: 4px;
    }
    .progress-row__footer {
      display: flex;
      justify-content: space-between;
      align-items: center;
      margin-top: 8px;
    }
  `,
})
export class ProgressRowComponent {
  private readonly api = inject(KeyTaskApiService);

  readonly row = input.required<TaskProgress>();
  readonly showUnit = input(false);
  readonly saved = output<TaskProgress>();
  /** Someone wrote the note first (409): the page reloads the sheet. */
  readonly stale = output<string | null>();

  protected readonly maxLength = MAX_PROGRESS_LENGTH;
  protected readonly draft = signal('');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly changed = computed(
    () => this.draft().trim() !== '' && this.draft().trim() !== (this.row().text ?? ''),
  );

  constructor() {
    effect(() => {
      this.draft.set(this.row().text ?? '');
      this.error.set(null);
    });
  }

  protected async save(): Promise<void> {
    const r = this.row();
    if (!this.changed() || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.writeProgress({
          keyTaskId: r.keyTaskId,
          responsibleUnitId: r.responsibleUnitId,
          year: r.year,
          half: r.half,
          text: this.draft().trim(),
          concurrencyStamp: r.concurrencyStamp,
        }),
      );
      this.saved.emit(saved);
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 409) {
        this.stale.emit(problemMessage(problem));
      } else if (status === 400 || status === 404 || status === 422) {
        this.error.set(
          Object.values(problem.errors ?? {})
            .flat()
            .join(' ') || problemMessage(problem),
        );
      }
      // 401, 403, 5xx and network failures: announced by the HTTP interceptor.
    } finally {
      this.saving.set(false);
    }
  }
}
