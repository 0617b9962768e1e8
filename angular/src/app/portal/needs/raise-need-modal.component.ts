import { Component, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { TPipe } from '../../core/localization/t.pipe';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { NEED_CATEGORIES, Need, NeedCategory } from '../../needs/shared/needs-api.service';
import { VISIT_LIMITS } from '../../visits/shared/visit-limits';
import { PortalApi } from '../shared/portal-api.service';

/**
 * The enterprise raises a need of its own. The unit may stay empty: the bureau routes the need. Open
 * while `enterpriseId` is set; emits the new need, or null when cancelled.
 */
@Component({
  selector: 'app-portal-raise-need-modal',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  template: `
    <ng-template #errorTip let-control>
      <app-field-error [control]="control" [errors]="control.errors" />
    </ng-template>
    <nz-modal
      [nzVisible]="!!enterpriseId()"
      [nzTitle]="'Workspace:Needs.RaiseTitle' | t"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="cancel()"
    >
      <ng-container *nzModalContent>
        @if (error(); as message) {
          <nz-alert
            class="raise__alert"
            nzType="error"
            nzShowIcon
            [nzMessage]="message"
            data-testid="raise-error"
          />
        }
        <form
          nz-form
          nzLayout="vertical"
          class="mobile-form"
          [formGroup]="form"
          (ngSubmit)="confirm()"
        >
          <nz-form-item>
            <nz-form-label nzRequired nzFor="raiseCategory">{{
              'Need:Category' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                nzId="raiseCategory"
                formControlName="category"
                data-testid="raise-category"
                [nzPlaceHolder]="'Ui:PleaseSelect' | t"
              >
                @for (c of categories; track c) {
                  <nz-option [nzValue]="c" [nzLabel]="'Enum:NeedCategory.' + c | t" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="raiseDescription">{{
              'Need:Description' | t
            }}</nz-form-label>
            <nz-form-control
              [nzErrorTip]="errorTip"
              [nzExtra]="'Workspace:Needs.DescriptionHint' | t"
            >
              <textarea
                nz-input
                id="raiseDescription"
                rows="5"
                formControlName="description"
                [maxlength]="limits.needDescription"
                data-testid="raise-description"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-control>
              <label nz-checkbox formControlName="isBottleneck" data-testid="raise-bottleneck">{{
                'Workspace:Needs.IsBottleneck' | t
              }}</label>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="raiseUnit">{{ 'Workspace:Needs.Unit' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'Workspace:Needs.UnitHint' | t">
              <nz-select
                nzId="raiseUnit"
                nzAllowClear
                nzShowSearch
                formControlName="responsibleUnitId"
                data-testid="raise-unit"
                [nzPlaceHolder]="'Workspace:Needs.UnitPlaceholder' | t"
              >
                @for (u of units(); track u.id) {
                  <nz-option [nzValue]="u.id" [nzLabel]="u.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" [disabled]="saving()" (click)="cancel()">
          {{ 'Ui:Cancel' | t }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          data-testid="raise-submit"
          [nzLoading]="saving()"
          (click)="confirm()"
        >
          {{ 'Workspace:Needs.RaiseSubmit' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .raise__alert {
      margin-bottom: 12px;
    }
  `,
})
export class RaiseNeedModalComponent {
  private readonly api = inject(PortalApi);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The own enterprise; null keeps the modal closed. */
  readonly enterpriseId = input<string | null>(null);
  readonly finished = output<Need | null>();

  protected readonly categories = NEED_CATEGORIES;
  protected readonly limits = VISIT_LIMITS;
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  /** Control names follow CreateNeedDto, so the server's field errors land on them. */
  protected readonly form = this.fb.group({
    category: this.fb.control<NeedCategory | null>(null, Validators.required),
    description: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(VISIT_LIMITS.needDescription),
      ],
    ],
    isBottleneck: [false],
    responsibleUnitId: this.fb.control<string | null>(null),
  });

  constructor() {
    effect(() => {
      if (this.enterpriseId()) {
        this.form.reset();
        this.error.set(null);
      }
    });
    // A "卡脖子" need is a bottleneck by its category.
    this.form.controls.category.valueChanges.pipe(takeUntilDestroyed()).subscribe((c) => {
      if (c === 'Bottleneck') {
        this.form.controls.isBottleneck.setValue(true);
      }
    });
  }

  protected async confirm(): Promise<void> {
    const enterpriseId = this.enterpriseId();
    if (!enterpriseId) {
      return;
    }
    clearServerErrors(this.form);
    this.error.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const v = this.form.getRawValue();
      const need = await firstValueFrom(
        this.api.raiseNeed({
          enterpriseId,
          category: v.category!,
          description: v.description.trim(),
          isBottleneck: v.isBottleneck,
          responsibleUnitId: v.responsibleUnitId || null,
        }),
      );
      this.finished.emit(need);
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'refused') {
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (unmatched.length > 0 || Object.keys(problem.errors).length === 0) {
          this.error.set(unmatched.join(' ') || problem.message);
        }
      } else if (problem.kind === 'stale') {
        this.error.set(problem.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit(null);
    }
  }
}
