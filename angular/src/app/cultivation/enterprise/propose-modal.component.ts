import { Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { TPipe } from '../../core/localization/t.pipe';
import { toActionProblem } from '../shared/action-problem';
import { CultivationApi, Membership } from '../shared/cultivation-api.service';
import { TEXT_LIMITS } from '../shared/text-limits';

/** Proposes an enterprise for the pool (reason and evidence); open while `enterpriseId` is set. */
@Component({
  selector: 'app-propose-modal',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    FieldErrorComponent,
    TPipe,
  ],
  template: `
    <ng-template #errorTip let-control>
      <app-field-error [control]="control" [errors]="control.errors" />
    </ng-template>
    <nz-modal
      [nzVisible]="!!enterpriseId()"
      [nzTitle]="'PoolPage:ProposeTitle' | t"
      [nzWidth]="600"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="cancel()"
    >
      <ng-container *nzModalContent>
        <p>{{ enterpriseName() }}</p>
        @if (error(); as message) {
          <nz-alert
            class="propose__alert"
            nzType="warning"
            nzShowIcon
            [nzMessage]="message"
            data-testid="propose-error"
          />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="confirm()">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="proposeReason">{{
              'PoolPage:ProposalReason' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                id="proposeReason"
                rows="4"
                formControlName="reason"
                [maxlength]="limits.reason"
                data-testid="propose-reason"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="proposeEvidence">{{ 'PoolPage:Evidence' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'PoolPage:EvidenceHint' | t">
              <textarea
                nz-input
                id="proposeEvidence"
                rows="4"
                formControlName="evidence"
                [maxlength]="limits.evidence"
                data-testid="propose-evidence"
              ></textarea>
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
          data-testid="propose-confirm"
          [nzLoading]="saving()"
          (click)="confirm()"
        >
          {{ 'PoolPage:ProposeSubmit' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .propose__alert {
      margin-bottom: 16px;
    }
  `,
})
export class ProposeModalComponent {
  private readonly api = inject(CultivationApi);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The enterprise to propose; null keeps the modal closed. */
  readonly enterpriseId = input<string | null>(null);
  readonly enterpriseName = input<string>('');
  /** The new membership, or null when cancelled. */
  readonly finished = output<Membership | null>();

  protected readonly limits = TEXT_LIMITS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = this.fb.group({
    reason: [
      '',
      [Validators.required, Validators.pattern(/\S/), Validators.maxLength(TEXT_LIMITS.reason)],
    ],
    evidence: ['', Validators.maxLength(TEXT_LIMITS.evidence)],
  });

  constructor() {
    effect(() => {
      if (this.enterpriseId()) {
        this.form.reset();
        this.error.set(null);
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
      const { reason, evidence } = this.form.getRawValue();
      const membership = await firstValueFrom(
        this.api.propose({
          enterpriseId,
          reason: reason.trim(),
          evidence: evidence.trim() || null,
        }),
      );
      this.finished.emit(membership);
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'refused') {
        // 409 Incubation:AlreadyInPool and 422 refusals carry a localised detail.
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
