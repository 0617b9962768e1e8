import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable, firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { TPipe } from '../../core/localization/t.pipe';
import { toActionProblem } from './action-problem';
import {
  CULTIVATION_STAGES,
  CultivationApi,
  CultivationStage,
  EXIT_REASONS,
  ExitReason,
  Membership,
} from './cultivation-api.service';
import { TEXT_LIMITS } from './text-limits';

export type MembershipAction = 'admit' | 'reject' | 'move' | 'exit';

/** The membership an action is about; the modal is open while there is one. */
export interface MembershipActionTarget {
  action: MembershipAction;
  membershipId: string;
  enterpriseId: string;
  enterpriseName: string;
  concurrencyStamp: string;
  /** The current stage (move: the new stage must differ). */
  stage?: CultivationStage | null;
}

export type MembershipActionOutcome =
  | { kind: 'saved'; membership: Membership }
  | { kind: 'stale'; message: string | null }
  | { kind: 'cancelled' };

const TITLES: Record<MembershipAction, string> = {
  admit: 'PoolPage:AdmitTitle',
  reject: 'PoolPage:RejectTitle',
  move: 'PoolPage:MoveTitle',
  exit: 'PoolPage:ExitTitle',
};

/**
 * Admit, reject, move to another stage, or exit a pool membership: one small form per action, the
 * server's refusal shown inside, a stale stamp handed back to the page (which reloads).
 */
@Component({
  selector: 'app-membership-action-modal',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './membership-action-modal.component.html',
  styles: `
    .action-modal__enterprise {
      font-weight: 500;
    }
    .action-modal__alert {
      margin-bottom: 16px;
    }
  `,
})
export class MembershipActionModalComponent {
  private readonly api = inject(CultivationApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly target = input<MembershipActionTarget | null>(null);
  readonly finished = output<MembershipActionOutcome>();

  protected readonly stages = CULTIVATION_STAGES;
  protected readonly exitReasons = EXIT_REASONS;
  protected readonly limits = TEXT_LIMITS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly action = computed(() => this.target()?.action ?? null);
  protected readonly title = computed(() => {
    const action = this.action();
    return action ? TITLES[action] : '';
  });

  /** Control names follow the request bodies, so the server's 400 field errors land on them. */
  protected readonly form = this.fb.group({
    stage: this.fb.control<CultivationStage | null>(null),
    /** Exit: an ExitReason; reject: the reason text. */
    reason: this.fb.control<string>(''),
    note: this.fb.control<string>('', Validators.maxLength(TEXT_LIMITS.note)),
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
    this.saving.set(true);
    try {
      const membership = await firstValueFrom(this.send(target));
      this.finished.emit({ kind: 'saved', membership });
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'stale') {
        this.finished.emit({ kind: 'stale', message: problem.message });
      } else if (problem.kind === 'refused') {
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (unmatched.length > 0 || Object.keys(problem.errors).length === 0) {
          this.error.set(unmatched.join(' ') || problem.message);
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

  private send(target: MembershipActionTarget): Observable<Membership> {
    const { stage, reason, note } = this.form.getRawValue();
    const concurrencyStamp = target.concurrencyStamp;
    const trimmedNote = note.trim() || null;
    switch (target.action) {
      case 'admit':
        return this.api.admit(target.membershipId, { concurrencyStamp, note: trimmedNote });
      case 'reject':
        return this.api.reject(target.membershipId, { concurrencyStamp, reason: reason.trim() });
      case 'move':
        return this.api.move(target.membershipId, {
          concurrencyStamp,
          stage: stage as CultivationStage,
          note: trimmedNote,
        });
      case 'exit':
        return this.api.exit(target.membershipId, {
          concurrencyStamp,
          reason: reason as ExitReason,
          note: trimmedNote,
        });
    }
  }

  private reset(target: MembershipActionTarget | null): void {
    this.error.set(null);
    const { stage, reason } = this.form.controls;
    stage.clearValidators();
    reason.clearValidators();
    if (target?.action === 'move') {
      stage.setValidators(Validators.required);
    } else if (target?.action === 'exit') {
      reason.setValidators(Validators.required);
    } else if (target?.action === 'reject') {
      reason.setValidators([
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(TEXT_LIMITS.reason),
      ]);
    }
    // Offer the next stage up by default when moving.
    const next =
      target?.action === 'move' && target.stage
        ? (CULTIVATION_STAGES[CULTIVATION_STAGES.indexOf(target.stage) + 1] ?? null)
        : null;
    this.form.reset({ stage: next, reason: '', note: '' });
  }
}
