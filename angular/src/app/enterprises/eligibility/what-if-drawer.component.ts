import {
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { EMPTY, Observable, Subject, catchError, map, merge, of, switchMap, timer } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { FigureLabelPipe } from '../yearly-data/figure-label.pipe';
import { formatMoney } from '../yearly-data/yearly-data-form.model';
import { MAX_COUNT, MAX_MONEY } from '../yearly-data/yearly-figures';
import { CriterionNamePipe } from './criterion-name.pipe';
import { EligibilityApi, EnterpriseEligibility, KindAssessment } from './eligibility-api.service';
import { STATUS_ICONS, provideEligibilityIcons } from './eligibility-icons';
import { VERDICT_COLORS, compareResults, rangeText } from './eligibility-view';
import { RD_INSTITUTION_LEVELS, TECH_SME_RD_OPTIONS, TRI_STATES } from './profile-form.model';
import {
  IP_FIGURES,
  QUICK_ACTIONS,
  QuickAction,
  WHAT_IF_GROUPS,
  WhatIfRequest,
  applyQuickAction,
  createWhatIfForm,
  editableYears,
  resetWhatIfForm,
  toFormErrors,
  toWhatIfRequest,
} from './what-if.model';

/** How long the drawer waits after the last keystroke before it asks the server again. */
export const WHAT_IF_DEBOUNCE_MS = 400;

const NARROW = '(max-width: 767.98px)';

type Outcome =
  { request: WhatIfRequest; result: KindAssessment[] } | { request: WhatIfRequest; error: unknown };

/**
 * 假设测算: the assessed facts copied into a form; every change (debounced) is assessed again by the
 * server, which stores nothing, and each kind's verdict and score are shown beside the baseline's with
 * the criteria that changed. Field errors of the server (`facts.years[0].techStaff`) show at the field.
 */
@Component({
  selector: 'app-what-if-drawer',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzFormModule,
    NzIconModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    CriterionNamePipe,
    FieldErrorComponent,
    FigureLabelPipe,
    TPipe,
  ],
  providers: [provideEligibilityIcons()],
  templateUrl: './what-if-drawer.component.html',
  styleUrl: './what-if-drawer.component.less',
})
export class WhatIfDrawerComponent {
  private readonly api = inject(EligibilityApi);
  private readonly localization = inject(LocalizationService);

  /** The assessment to start from: its facts, date and results (the baseline). */
  readonly baseline = input<EnterpriseEligibility | null>(null);
  readonly open = input(false);
  readonly closed = output<void>();

  protected readonly groups = WHAT_IF_GROUPS;
  protected readonly ipFigures = IP_FIGURES;
  protected readonly quickActions = QUICK_ACTIONS;
  protected readonly levels = RD_INSTITUTION_LEVELS;
  protected readonly options = TECH_SME_RD_OPTIONS;
  protected readonly triStates = TRI_STATES;
  protected readonly verdictColors = VERDICT_COLORS;
  protected readonly statusIcons = STATUS_ICONS;
  protected readonly rangeText = rangeText;
  protected readonly formatMoney = formatMoney;
  protected readonly maxMoney = MAX_MONEY;
  protected readonly maxCount = MAX_COUNT;

  protected readonly form = createWhatIfForm();
  protected readonly years = computed(() => {
    const baseline = this.baseline();
    return baseline ? editableYears(baseline.asOf) : [];
  });
  /** The what-if's results; the baseline's until something changed. */
  protected readonly results = signal<KindAssessment[]>([]);
  protected readonly running = signal(false);
  /** Messages of a refused request that no field shows. */
  protected readonly generalError = signal<string | null>(null);
  /** The last request was refused: the results shown are those of earlier values. */
  protected readonly invalid = signal(false);
  protected readonly narrow = signal(isNarrow());
  protected readonly width = computed(() => (this.narrow() ? '100%' : 1000));
  protected readonly changed = computed(
    () => this.results() !== (this.baseline()?.results ?? null),
  );
  /** Only while open: ng-zorro renders the drawer's content before it is first shown. */
  protected readonly comparison = computed(() =>
    this.open() ? compareResults(this.baseline()?.results ?? [], this.results()) : [],
  );

  /** Cancels a pending or running assessment (reset, close). */
  private readonly cancels = new Subject<void>();

  constructor() {
    effect(() => {
      const baseline = this.baseline();
      if (this.open() && baseline) {
        untracked(() => {
          this.narrow.set(isNarrow());
          this.restore(baseline);
        });
      }
    });

    merge(this.form.valueChanges.pipe(map(() => true)), this.cancels.pipe(map(() => false)))
      .pipe(
        // One assessment per pause in typing; a newer change or a cancel drops the older one.
        switchMap((edit) =>
          edit ? timer(WHAT_IF_DEBOUNCE_MS).pipe(switchMap(() => this.run())) : EMPTY,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));
  }

  protected quick(action: QuickAction): void {
    applyQuickAction(this.form, action);
  }

  /** Back to the assessed facts and results. */
  protected reset(): void {
    const baseline = this.baseline();
    if (baseline) {
      this.restore(baseline);
    }
  }

  protected close(): void {
    this.cancels.next();
    this.running.set(false);
    this.closed.emit();
  }

  private restore(baseline: EnterpriseEligibility): void {
    this.cancels.next();
    resetWhatIfForm(this.form, baseline.facts, baseline.asOf);
    clearServerErrors(this.form);
    this.results.set(baseline.results);
    this.running.set(false);
    this.invalid.set(false);
    this.generalError.set(null);
  }

  private run(): Observable<Outcome> {
    const baseline = this.baseline();
    if (!baseline) {
      return EMPTY;
    }
    const request = toWhatIfRequest(baseline.facts, baseline.asOf, this.form.getRawValue());
    this.running.set(true);
    return this.api.assess(request.body).pipe(
      map((result): Outcome => ({ request, result: result.results })),
      catchError((error: unknown) => of<Outcome>({ request, error })),
    );
  }

  private show(outcome: Outcome): void {
    this.running.set(false);
    clearServerErrors(this.form);
    if ('result' in outcome) {
      this.results.set(outcome.result);
      this.invalid.set(false);
      this.generalError.set(null);
      return;
    }
    this.invalid.set(true);
    const problem = toProblemDetails(outcome.error);
    const status = problem.status ?? 0;
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      const { fields, general } = toFormErrors(problem.errors, outcome.request.yearIndex);
      const unmatched = [...general, ...applyServerErrors(this.form, fields)];
      this.generalError.set(unmatched.length > 0 ? unmatched.join(' ') : null);
      return;
    }
    // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
    this.generalError.set(
      status !== 401 && status !== 403 && status !== 0 && status < 500
        ? (problemMessage(problem) ?? this.localization.t('EligibilityPage:WhatIfFailed'))
        : this.localization.t('EligibilityPage:WhatIfFailed'),
    );
  }
}

function isNarrow(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW).matches;
}
