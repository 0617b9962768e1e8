import { Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../core/forms/field-error.component';
import { revealErrors } from '../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../core/http/problem-details';
import { TPipe } from '../core/localization/t.pipe';
import { PortalLimits } from '../registration/shared/portal-limits';
import { ReviewApi, ReviewTarget } from './review-api.service';

export type RejectOutcome =
  | { kind: 'rejected' }
  /** Someone decided or changed it first (409): the page says so and reloads. */
  | { kind: 'stale'; message: string | null }
  | { kind: 'cancelled' };

/** Rejects a registration or a key-field change with the reason the applicant will read. */
@Component({
  selector: 'app-reject-modal',
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
      [nzVisible]="!!target()"
      [nzTitle]="'Review:RejectTitle' | t"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="cancel()"
    >
      <ng-container *nzModalContent>
        @if (target(); as t) {
          <p class="reject__name" data-testid="reject-name">{{ t.name }}</p>
          @if (error(); as message) {
            <nz-alert
              class="reject__alert"
              nzType="error"
              nzShowIcon
              [nzMessage]="message"
              data-testid="reject-error"
            />
          }
          <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="confirm()">
            <nz-form-item>
              <nz-form-label nzRequired nzFor="rejectReason">{{
                'Portal:RejectionReason' | t
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'Review:ReasonHint' | t">
                <textarea
                  nz-input
                  id="rejectReason"
                  rows="4"
                  formControlName="reason"
                  [maxlength]="maxLength"
                  data-testid="reject-reason"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
          </form>
        }
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" [disabled]="saving()" (click)="cancel()">
          {{ 'Ui:Cancel' | t }}
        </button>
        <button
          nz-button
          nzType="primary"
          nzDanger
          type="button"
          data-testid="reject-confirm"
          [nzLoading]="saving()"
          (click)="confirm()"
        >
          {{ 'Review:Reject' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .reject__name {
      font-weight: 500;
    }
    .reject__alert {
      margin-bottom: 16px;
    }
  `,
})
export class RejectModalComponent {
  private readonly api = inject(ReviewApi);

  readonly target = input<ReviewTarget | null>(null);
  readonly finished = output<RejectOutcome>();

  protected readonly maxLength = PortalLimits.maxReasonLength;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Named as the request body, so the server's `reason` error lands on it. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [
      '',
      [Validators.required, Validators.pattern(/\S/), Validators.maxLength(this.maxLength)],
    ],
  });

  constructor() {
    effect(() => {
      this.target();
      this.error.set(null);
      this.form.reset({ reason: '' });
    });
  }

  protected async confirm(): Promise<void> {
    const target = this.target();
    if (!target || this.saving()) {
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
      await firstValueFrom(this.api.reject(target, this.form.controls.reason.value.trim()));
      this.finished.emit({ kind: 'rejected' });
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 409 || status === 404) {
        this.finished.emit({ kind: 'stale', message: problemMessage(problem) });
      } else if (status === 400 || status === 422) {
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (unmatched.length > 0 || !problem.errors) {
          this.error.set(unmatched.join(' ') || problemMessage(problem));
        }
      }
      // 401, 403, 5xx and network failures: announced by the HTTP interceptor.
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit({ kind: 'cancelled' });
    }
  }
}
