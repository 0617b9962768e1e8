import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { ErrorCodes, problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { FigureLabelPipe } from './figure-label.pipe';
import { YearlyData, YearlyDataApi } from './yearly-data-api.service';
import {
  createYearlyDataForm,
  fillYearlyDataForm,
  formatMoney,
  toFigures,
} from './yearly-data-form.model';
import { FIGURE_GROUPS, MAX_COUNT, MAX_MONEY } from './yearly-figures';
import { formatDateText } from '../../shared/format.pipes';

/** What the form edits: an existing year's draft, or a new year (existing = null). */
export interface YearlyDataEditing {
  existing: YearlyData | null;
  /** Years the enterprise has already (a new year must be another one). */
  takenYears: number[];
}

/** A year's figures grouped by finance, staff and IP, in a modal; saves the draft (PUT). */
@Component({
  selector: 'app-yearly-data-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputNumberModule,
    NzModalModule,
    FieldErrorComponent,
    FigureLabelPipe,
    TPipe,
  ],
  templateUrl: './yearly-data-form.component.html',
  styleUrl: './yearly-data-form.component.less',
})
export class YearlyDataFormComponent {
  private readonly api = inject(YearlyDataApi);
  private readonly localization = inject(LocalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly enterpriseId = input.required<string>();
  /** Open while set. */
  readonly editing = input<YearlyDataEditing | null>(null);
  /** The saved year, or null when cancelled. */
  readonly finished = output<YearlyData | null>();

  protected readonly groups = FIGURE_GROUPS;
  protected readonly maxMoney = MAX_MONEY;
  protected readonly maxCount = MAX_COUNT;
  protected readonly formatMoney = formatMoney;
  protected readonly maxYear = new Date().getFullYear();
  protected readonly form = createYearlyDataForm(this.maxYear);
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  protected readonly conflict = signal<string | null>(null);
  protected readonly isNew = computed(() => !this.editing()?.existing);
  /** The stamp the next save sends; follows a reload after a conflict. */
  private stamp: string | null = null;

  constructor() {
    effect(() => {
      const editing = this.editing();
      if (editing) {
        this.open(editing.existing);
      }
    });
  }

  /** Where the stored figure came from and when ("企业自报 · 2026-03-01"), or '' for a new or unknown figure. */
  protected sourceOf(figure: string): string {
    const source = this.editing()?.existing?.figureSources?.[figure];
    return source
      ? `${this.localization.t('Enum:DataProvenance.' + source.provenance)} · ${formatDateText(source.at)}`
      : '';
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    this.conflict.set(null);
    const year = this.form.controls.fiscalYear.value;
    if (this.form.invalid || year === null) {
      revealErrors(this.form);
      this.scrollToProblem();
      return;
    }
    // After revealErrors (which re-runs the validators and would drop this message).
    if (!editing.existing && editing.takenYears.includes(year)) {
      applyServerErrors(this.form, {
        fiscalYear: [this.localization.t('YearlyDataPage:YearExists', year)],
      });
      this.scrollToProblem();
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.save(this.enterpriseId(), year, {
          ...toFigures(this.form),
          concurrencyStamp: this.stamp,
        }),
      );
      this.finished.emit(saved);
    } catch (e) {
      this.showProblem(e);
      this.scrollToProblem();
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: load the latest version of the year into the form. */
  protected async reloadLatest(): Promise<void> {
    const year = this.form.controls.fiscalYear.value;
    if (year === null) {
      return;
    }
    try {
      const latest = await firstValueFrom(this.api.get(this.enterpriseId(), year));
      this.open(latest);
    } catch (e) {
      this.showProblem(e);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit(null);
    }
  }

  private open(existing: YearlyData | null): void {
    this.stamp = existing?.concurrencyStamp ?? null;
    this.generalError.set(null);
    this.conflict.set(null);
    // A new year defaults to the last completed one.
    fillYearlyDataForm(this.form, existing?.fiscalYear ?? this.maxYear - 1, existing);
    if (existing) {
      this.form.controls.fiscalYear.disable();
    } else {
      this.form.controls.fiscalYear.enable();
    }
  }

  private showProblem(error: unknown): void {
    const problem = toProblemDetails(error);
    const status = problem.status ?? 0;
    if (status === 409 && problem.code === ErrorCodes.concurrencyConflict) {
      this.conflict.set(problem.detail || this.localization.t('YearlyDataPage:ConflictMessage'));
      return;
    }
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      const unmatched = applyServerErrors(this.form, problem.errors);
      if (unmatched.length > 0) {
        this.generalError.set(unmatched.join(' '));
      }
      return;
    }
    // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
    if (status !== 401 && status !== 403 && status !== 0 && status < 500) {
      this.generalError.set(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
    }
  }

  private scrollToProblem(): void {
    afterNextRender(
      () => {
        // The modal's content lives in the overlay, outside this host.
        const root = this.host.nativeElement.ownerDocument;
        root
          .querySelector(
            '.yearly-form [data-testid="yearly-conflict"], .yearly-form [data-testid="yearly-form-error"], .yearly-form .ant-form-item-has-error',
          )
          ?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      },
      { injector: this.injector },
    );
  }
}
