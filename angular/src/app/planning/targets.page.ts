import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { AppConfigStore } from '../core/config/app-config.store';
import { FieldErrorComponent } from '../core/forms/field-error.component';
import { applyServerErrors, clearServerErrors } from '../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../core/http/problem-details';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { Notifier } from '../core/notify/notifier';
import { TargetDto } from '../proxy/models';
import { PlanningService } from '../proxy/services';
import { formatIndicatorValue, INDICATOR_ORDER } from './indicator-format';
import { PlanningPolicies } from './planning-policies';

/** The district's targets, seeded from the plan; the bureau changes years and values here. */
@Component({
  selector: 'app-planning-targets',
  imports: [
    FieldErrorComponent,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzTableModule,
    ReactiveFormsModule,
    RouterLink,
    TPipe,
  ],
  templateUrl: './targets.page.html',
  styleUrl: '../shared/list-page.less',
})
export class TargetsPage {
  private readonly api = inject(PlanningService);
  private readonly localization = inject(LocalizationService);
  private readonly notifier = inject(Notifier);
  private readonly store = inject(AppConfigStore);

  protected readonly canEdit = computed(() => this.store.isGranted(PlanningPolicies.targets));
  protected readonly targets = rxResource({ stream: () => this.api.planningGetTargets() });
  protected readonly rows = computed(() =>
    [...(this.targets.value() ?? [])].sort(
      (a, b) => INDICATOR_ORDER.indexOf(a.indicator) - INDICATOR_ORDER.indexOf(b.indicator),
    ),
  );
  protected readonly editing = signal<TargetDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).group({
    baselineYear: [null as number | null],
    baselineValue: [null as number | null],
    targetYear: [null as number | null, Validators.required],
    targetValue: [null as number | null, Validators.required],
    note: [''],
  });

  protected format(value: number | null, target: TargetDto): string {
    return formatIndicatorValue(value, target.unit, (key, ...args) =>
      this.localization.t(key, ...args),
    );
  }

  protected edit(target: TargetDto): void {
    this.generalError.set(null);
    this.form.reset({
      baselineYear: target.baselineYear,
      baselineValue: target.baselineValue,
      targetYear: target.targetYear,
      targetValue: target.targetValue,
      note: target.note ?? '',
    });
    this.editing.set(target);
  }

  protected async save(): Promise<void> {
    const target = this.editing();
    if (!target) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    this.saving.set(true);
    try {
      const value = this.form.getRawValue();
      await firstValueFrom(
        this.api.planningUpdateTarget({
          id: target.id,
          body: {
            ...value,
            targetYear: value.targetYear ?? 0,
            targetValue: value.targetValue ?? 0,
            concurrencyStamp: target.concurrencyStamp,
          },
        }),
      );
      this.notifier.success(this.localization.t('Ui:Saved'));
      this.editing.set(null);
      this.targets.reload();
    } catch (e) {
      const problem = toProblemDetails(e);
      if (problem.status === 400) {
        const unmatched = applyServerErrors(this.form, problem.errors);
        this.generalError.set(unmatched.length > 0 ? unmatched.join(' ') : null);
      } else if (problem.status === 409) {
        // Someone changed it meanwhile: show theirs, keep the dialog closed so nothing is overwritten.
        this.notifier.error(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
        this.editing.set(null);
        this.targets.reload();
      } else if ((problem.status ?? 0) > 0 && (problem.status ?? 0) < 500) {
        this.generalError.set(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
      }
    } finally {
      this.saving.set(false);
    }
  }
}
