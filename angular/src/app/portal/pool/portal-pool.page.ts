import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { MembershipTimelineComponent } from '../../cultivation/enterprise/membership-timeline.component';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { CultivationApi } from '../../cultivation/shared/cultivation-api.service';
import { MEMBERSHIP_STATUS_COLORS, STAGE_COLORS } from '../../cultivation/shared/stage-colors';
import { TEXT_LIMITS } from '../../cultivation/shared/text-limits';
import { DateTextPipe } from '../../shared/format.pipes';
import { openMembership } from '../shared/open-membership';
import { PortalContext } from '../shared/portal-context';

/** 培育库: the own enterprise's place in the pool and its history; an application when it has none. */
@Component({
  selector: 'app-portal-pool-page',
  imports: [
    DateTextPipe,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzSpinModule,
    NzTagModule,
    FieldErrorComponent,
    MembershipTimelineComponent,
    TPipe,
  ],
  templateUrl: './portal-pool.page.html',
  styleUrl: '../shared/portal-page.less',
})
export class PortalPoolPage {
  private readonly api = inject(CultivationApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  protected readonly context = inject(PortalContext);

  protected readonly limits = TEXT_LIMITS;
  protected readonly statusColors = MEMBERSHIP_STATUS_COLORS;
  protected readonly stageColors = STAGE_COLORS;
  /** Bumped after an application so the status and the history load again. */
  protected readonly version = signal(0);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly memberships = rxResource({
    params: () => ({ id: this.context.enterpriseId(), version: this.version() }),
    stream: ({ params }) => this.api.getMemberships(params.id),
  });
  protected readonly current = computed(() =>
    this.memberships.hasValue() ? openMembership(this.memberships.value()) : null,
  );
  /** The latest membership when none is open (to say why an earlier one ended). */
  protected readonly last = computed(() =>
    this.memberships.hasValue() ? (this.memberships.value()[0] ?? null) : null,
  );
  protected readonly canApply = computed(
    () => this.memberships.hasValue() && this.current() === null,
  );

  protected readonly form = this.fb.group({
    reason: [
      '',
      [Validators.required, Validators.pattern(/\S/), Validators.maxLength(TEXT_LIMITS.reason)],
    ],
    evidence: ['', Validators.maxLength(TEXT_LIMITS.evidence)],
  });

  protected async apply(): Promise<void> {
    clearServerErrors(this.form);
    this.error.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const { reason, evidence } = this.form.getRawValue();
      await firstValueFrom(
        this.api.propose({
          enterpriseId: this.context.enterpriseId(),
          reason: reason.trim(),
          evidence: evidence.trim() || null,
        }),
      );
      this.form.reset();
      this.message.success(this.localization.t('Workspace:Pool.Applied'));
      this.version.update((v) => v + 1);
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'refused') {
        // 409 Incubation:AlreadyInPool and 422 refusals carry a localised detail.
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (unmatched.length > 0 || Object.keys(problem.errors).length === 0) {
          this.error.set(unmatched.join(' ') || problem.message);
        }
        if (Object.keys(problem.errors).length === 0) {
          this.version.update((v) => v + 1);
        }
      } else if (problem.kind === 'stale') {
        this.error.set(problem.message);
        this.version.update((v) => v + 1);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
