import {
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map, startWith } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import {
  ErrorCodes,
  ProblemDetails,
  problemMessage,
  toProblemDetails,
} from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { ContactsEditorComponent } from '../../enterprises/shared/contacts-editor.component';
import { checkCreditCode, normalizeCreditCode } from '../../enterprises/shared/credit-code';
import { EnterpriseLimits } from '../../enterprises/shared/enterprise-limits';
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions } from '../../lookups/tech-field-tree';
import { DateTextPipe } from '../../shared/format.pipes';
import { PortalApi, PortalProfile } from '../shared/portal-api.service';
import { PortalContext } from '../shared/portal-context';
import {
  createProfileForm,
  fillProfileForm,
  keyFieldDiffs,
  toProfileRequest,
} from './profile-form.model';

/**
 * 企业资料: the enterprise keeps its own record. Name, credit code and sub-district go to the bureau
 * for approval (the waiting change and the last decision are shown); the other fields apply at once.
 */
@Component({
  selector: 'app-portal-profile-page',
  imports: [
    DateTextPipe,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCascaderModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    ContactsEditorComponent,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './portal-profile.page.html',
  styleUrls: ['../shared/portal-page.less', './portal-profile.page.less'],
})
export class PortalProfilePage implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(PortalApi);
  private readonly lookups = inject(LookupsService);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly context = inject(PortalContext);

  protected readonly limits = EnterpriseLimits;
  protected readonly form = createProfileForm(this.fb);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  /** The server's concurrency-conflict message, shown with a reload action. */
  protected readonly conflict = signal<string | null>(null);
  private readonly overrideRequested = signal(false);

  protected readonly profile = this.context.profile;
  protected readonly pending = computed(() => this.profile()?.pendingChange ?? null);
  protected readonly lastDecided = computed(() => this.profile()?.lastDecidedChange ?? null);
  protected readonly pendingDiffs = computed(() => {
    const change = this.pending();
    return change ? keyFieldDiffs(change.current, change.proposed) : [];
  });
  protected readonly decidedDiffs = computed(() => {
    const change = this.lastDecided();
    return change ? keyFieldDiffs(change.current, change.proposed) : [];
  });

  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  private readonly techFields = toSignal(this.lookups.techFields(), { initialValue: [] });
  protected readonly techFieldOptions = computed(() => buildTechFieldOptions(this.techFields()));

  private readonly creditCode = toSignal(
    this.form.controls.unifiedSocialCreditCode.valueChanges.pipe(
      startWith(this.form.controls.unifiedSocialCreditCode.value),
      map(normalizeCreditCode),
    ),
    { initialValue: '' },
  );
  protected readonly checksumMismatch = computed(
    () => checkCreditCode(this.creditCode()) === 'checksumMismatch',
  );
  /** The reason is offered for a code whose check character is off, or once the server asked. */
  protected readonly showOverride = computed(
    () =>
      this.checksumMismatch() ||
      this.overrideRequested() ||
      !!this.profile()?.enterprise.creditCodeOverrideReason,
  );

  ngOnInit(): void {
    void this.load();
  }

  /** Reads the record afresh (a colleague or the bureau may have changed it) and fills the form. */
  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      await this.context.load();
      const profile = this.context.profile();
      if (profile) {
        await this.fill(profile);
      }
      this.conflict.set(null);
      this.generalError.set(null);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.generalError.set(null);
    this.conflict.set(null);
    const before = this.profile();
    if (!before) {
      return;
    }
    if (this.form.invalid) {
      revealErrors(this.form);
      this.scrollToProblem();
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateProfile(toProfileRequest(this.form, before.enterprise.concurrencyStamp)),
      );
      this.context.set(saved);
      await this.fill(saved);
      const proposed = saved.pendingChange && saved.pendingChange.id !== before.pendingChange?.id;
      this.message.success(
        this.localization.t(proposed ? 'Workspace:Profile.SavedForReview' : 'Ui:Saved'),
      );
    } catch (e) {
      this.showProblem(toProblemDetails(e));
      this.scrollToProblem();
    } finally {
      this.saving.set(false);
    }
  }

  private async fill(profile: PortalProfile): Promise<void> {
    this.overrideRequested.set(false);
    const techFields = await firstValueFrom(this.lookups.techFields()).catch(() => []);
    fillProfileForm(this.form, this.fb, profile.enterprise, techFields, !!profile.pendingChange);
  }

  private showProblem(problem: ProblemDetails): void {
    const status = problem.status ?? 0;
    if (status === 409 && problem.code === ErrorCodes.concurrencyConflict) {
      this.conflict.set(problem.detail || this.localization.t('Workspace:Profile.ConflictText'));
      return;
    }
    if (status === 409 && problem.code === ErrorCodes.duplicateCreditCode) {
      applyServerErrors(this.form, {
        unifiedSocialCreditCode: [problem.detail || problem.title || ''],
      });
      return;
    }
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      if (Object.keys(problem.errors).some((k) => k.toLowerCase().includes('creditcode'))) {
        this.overrideRequested.set(true);
      }
      const unmatched = applyServerErrors(this.form, problem.errors);
      if (unmatched.length > 0) {
        this.generalError.set(unmatched.join(' '));
      }
      return;
    }
    // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
    if (status !== 401 && status !== 403 && status !== 0 && status < 500) {
      // 409 Incubation:KeyFieldChangePending among them: a colleague's change is waiting.
      this.generalError.set(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
    }
  }

  /** Brings the alert or the first field in error into view once it is rendered (long form, phones). */
  private scrollToProblem(): void {
    afterNextRender(
      () => {
        const target = this.host.nativeElement.querySelector(
          '[data-testid="conflict-alert"], [data-testid="form-error"], .ant-form-item-has-error',
        );
        target?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      },
      { injector: this.injector },
    );
  }
}
