import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { TPipe } from '../../core/localization/t.pipe';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { VISIT_LIMITS } from '../../visits/shared/visit-limits';
import { actionInput } from './need-actions';
import { Need, NeedAction, NeedsApi } from './needs-api.service';

/** The need an action is about; the modal is open while there is one. */
export interface NeedActionTarget {
  action: NeedAction;
  needId: string;
  description: string;
  concurrencyStamp: string;
  responsibleUnitId: string;
}

export type NeedActionOutcome =
  | { kind: 'saved'; need: Need }
  | { kind: 'stale'; message: string | null }
  | { kind: 'refused'; message: string | null }
  | { kind: 'cancelled' };

/**
 * One step on a need with what it asks for: an answer, a reason, a rating (1–5) or the unit to
 * transfer to. Field errors show in the form; a stale stamp and a refusal go back to the page.
 */
@Component({
  selector: 'app-need-action-modal',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzRateModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  template: `
    <ng-template #errorTip let-control>
      <app-field-error [control]="control" [errors]="control.errors" />
    </ng-template>
    <nz-modal
      [nzVisible]="!!target()"
      [nzTitle]="(target() ? 'Enum:NeedAction.' + target()!.action : '') | t"
      [nzOkText]="'Ui:Save' | t"
      [nzCancelText]="'Ui:Cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="confirm()"
      (nzOnCancel)="cancel()"
    >
      <ng-container *nzModalContent>
        @if (target(); as t) {
          <p class="need-action__subject">{{ t.description }}</p>
          @if (error(); as message) {
            <nz-alert class="need-action__alert" nzType="error" nzShowIcon [nzMessage]="message" />
          }
          <form
            nz-form
            nzLayout="vertical"
            class="mobile-form"
            [formGroup]="form"
            (ngSubmit)="confirm()"
          >
            @if (input().rating) {
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'Need:Rating' | t }}</nz-form-label>
                <nz-form-control [nzErrorTip]="errorTip">
                  <nz-rate formControlName="rating" data-testid="need-action-rating" />
                </nz-form-control>
              </nz-form-item>
            }
            @if (input().unit) {
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'Need:TransferUnit' | t }}</nz-form-label>
                <nz-form-control [nzErrorTip]="errorTip">
                  <nz-select formControlName="unitId" nzShowSearch data-testid="need-action-unit">
                    @for (u of otherUnits(); track u.id) {
                      <nz-option [nzValue]="u.id" [nzLabel]="u.name" />
                    }
                  </nz-select>
                </nz-form-control>
              </nz-form-item>
            }
            <nz-form-item>
              <nz-form-label [nzRequired]="input().text === 'required'">{{
                input().textLabel | t
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <textarea
                  nz-input
                  rows="4"
                  formControlName="text"
                  data-testid="need-action-text"
                  [maxlength]="limits.answer"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
          </form>
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .need-action__subject {
      font-weight: 500;
      white-space: pre-wrap;
    }
    .need-action__alert {
      margin-bottom: 12px;
    }
  `,
})
export class NeedActionModalComponent {
  private readonly api = inject(NeedsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly units = toSignal(inject(ResponsibleUnitsService).units(), { initialValue: [] });

  readonly target = input<NeedActionTarget | null>(null);
  readonly finished = output<NeedActionOutcome>();

  protected readonly limits = VISIT_LIMITS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly input = computed(() => actionInput(this.target()?.action ?? 'Accept'));
  protected readonly otherUnits = computed(() =>
    this.units().filter((u) => u.id !== this.target()?.responsibleUnitId),
  );

  /** Control names follow NeedActionDto, so the server's field errors land on them. */
  protected readonly form = this.fb.group({
    text: this.fb.control(''),
    rating: this.fb.control<number>(0),
    unitId: this.fb.control<string | null>(null),
  });

  constructor() {
    effect(() => this.reset(this.target()));
  }

  protected async confirm(): Promise<void> {
    const target = this.target();
    if (!target) {
      return;
    }
    clearServerErrors(this.form);
    this.error.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { text, rating, unitId } = this.form.getRawValue();
    const input = this.input();
    this.saving.set(true);
    try {
      const need = await firstValueFrom(
        this.api.act(target.needId, {
          action: target.action,
          concurrencyStamp: target.concurrencyStamp,
          text: text.trim() || null,
          rating: input.rating ? rating : null,
          unitId: input.unit ? unitId : null,
        }),
      );
      this.finished.emit({ kind: 'saved', need });
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'stale') {
        this.finished.emit({ kind: 'stale', message: problem.message });
      } else if (problem.kind === 'refused') {
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (Object.keys(problem.errors).length === 0) {
          // 409/422: the step is not allowed (any more): the page reloads and says why.
          this.finished.emit({ kind: 'refused', message: problem.message });
        } else if (unmatched.length > 0) {
          this.error.set(unmatched.join(' '));
        }
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit({ kind: 'cancelled' });
    }
  }

  private reset(target: NeedActionTarget | null): void {
    this.error.set(null);
    const input = actionInput(target?.action ?? 'Accept');
    const { text, rating, unitId } = this.form.controls;
    text.setValidators(
      input.text === 'required'
        ? [Validators.required, Validators.pattern(/\S/), Validators.maxLength(VISIT_LIMITS.answer)]
        : Validators.maxLength(VISIT_LIMITS.answer),
    );
    rating.setValidators(
      input.rating ? [Validators.required, Validators.min(1), Validators.max(5)] : null,
    );
    unitId.setValidators(input.unit ? Validators.required : null);
    this.form.reset({ text: '', rating: 0, unitId: null });
  }
}
