import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { mobileValidator } from '../../registration/shared/account-validators';
import { PortalLimits } from '../../registration/shared/portal-limits';
import { Colleague, PortalApi } from '../shared/portal-api.service';
import { PortalContext } from '../shared/portal-context';

/**
 * 同事: the accounts of the own enterprise. Its administrator invites (the colleague gets an email to set
 * a password) and removes them; the others see the list.
 */
@Component({
  selector: 'app-portal-colleagues-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSpinModule,
    NzTagModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './portal-colleagues.page.html',
  styleUrls: ['../shared/portal-page.less', './portal-colleagues.page.less'],
})
export class PortalColleaguesPage {
  private readonly api = inject(PortalApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  private readonly context = inject(PortalContext);

  protected readonly limits = PortalLimits;
  protected readonly isAdmin = this.context.isAdmin;
  protected readonly colleagues = rxResource({
    stream: () => this.api.getColleagues(),
  });
  protected readonly list = computed(() =>
    this.colleagues.hasValue() ? this.colleagues.value() : [],
  );

  protected readonly inviting = signal(false);
  protected readonly saving = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  /** Control names follow InviteColleagueDto, so the server's field errors land on them. */
  protected readonly form = this.fb.group({
    displayName: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(PortalLimits.maxContactNameLength),
      ],
    ],
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(PortalLimits.maxEmailLength)],
    ],
    phoneNumber: ['', [Validators.maxLength(PortalLimits.maxPhoneLength), mobileValidator]],
  });

  protected openInvite(): void {
    this.form.reset();
    this.error.set(null);
    this.inviting.set(true);
  }

  protected cancelInvite(): void {
    if (!this.saving()) {
      this.inviting.set(false);
    }
  }

  protected async invite(): Promise<void> {
    clearServerErrors(this.form);
    this.error.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const v = this.form.getRawValue();
      const invited = await firstValueFrom(
        this.api.invite({
          displayName: v.displayName.trim(),
          email: v.email.trim(),
          phoneNumber: v.phoneNumber.trim() || null,
        }),
      );
      this.inviting.set(false);
      this.message.success(
        this.localization.t('Workspace:Colleagues.Invited', invited.email ?? ''),
      );
      this.colleagues.reload();
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'refused') {
        const unmatched = applyServerErrors(this.form, problem.errors);
        if (unmatched.length > 0 || Object.keys(problem.errors).length === 0) {
          this.error.set(unmatched.join(' ') || problem.message);
        }
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(colleague: Colleague): Promise<void> {
    this.removing.set(colleague.id);
    try {
      await firstValueFrom(this.api.remove(colleague.id));
      this.message.success(
        this.localization.t('Workspace:Colleagues.Removed', colleague.displayName ?? ''),
      );
      this.colleagues.reload();
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind === 'refused') {
        this.message.error(problem.message ?? this.localization.t('Ui:DeleteFailed'));
        this.colleagues.reload();
      }
    } finally {
      this.removing.set(null);
    }
  }
}
