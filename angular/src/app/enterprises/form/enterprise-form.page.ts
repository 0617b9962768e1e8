import {
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom, forkJoin, map, startWith } from 'rxjs';
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
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions } from '../../lookups/tech-field-tree';
import { ContactsEditorComponent } from '../shared/contacts-editor.component';
import { checkCreditCode, normalizeCreditCode } from '../shared/credit-code';
import { Enterprise, EnterpriseApi } from '../shared/enterprise-api.service';
import { EnterpriseLimits } from '../shared/enterprise-limits';
import {
  createEnterpriseForm,
  fillEnterpriseForm,
  toEnterpriseRequest,
} from './enterprise-form.model';
import { Notifier } from '../../core/notify/notifier';

/** Create (`/enterprises/new`) and edit (`/enterprises/:id/edit`) an enterprise. */
@Component({
  selector: 'app-enterprise-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCascaderModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSpinModule,
    ContactsEditorComponent,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './enterprise-form.page.html',
  styleUrl: './enterprise-form.page.less',
})
export class EnterpriseFormPage implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(EnterpriseApi);
  private readonly lookups = inject(LookupsService);
  private readonly router = inject(Router);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Route parameter; absent when creating. */
  readonly id = input<string>();

  protected readonly limits = EnterpriseLimits;
  protected readonly form = createEnterpriseForm(this.fb);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly generalError = signal<string | null>(null);
  /** The server's concurrency-conflict message, shown with a reload action. */
  protected readonly conflict = signal<string | null>(null);
  private readonly loaded = signal<Enterprise | null>(null);
  private readonly overrideRequested = signal(false);

  protected readonly isEdit = computed(() => !!this.id());
  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  protected readonly incubators = toSignal(this.lookups.incubators(), { initialValue: [] });
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
  /** The override reason is offered for a code whose check character is off, or once the server asked. */
  protected readonly showOverride = computed(
    () =>
      this.checksumMismatch() ||
      this.overrideRequested() ||
      !!this.loaded()?.creditCodeOverrideReason,
  );

  ngOnInit(): void {
    if (this.id()) {
      void this.load();
    }
  }

  protected async load(): Promise<void> {
    const id = this.id();
    if (!id) {
      return;
    }
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const [enterprise, techFields] = await firstValueFrom(
        forkJoin([this.api.get(id), this.lookups.techFields()]),
      );
      fillEnterpriseForm(this.form, this.fb, enterprise, techFields);
      this.loaded.set(enterprise);
      this.conflict.set(null);
      this.generalError.set(null);
    } catch (e) {
      this.loadError.set(
        problemMessage(toProblemDetails(e)) ?? this.localization.t('Ui:LoadFailed'),
      );
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.generalError.set(null);
    this.conflict.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      this.scrollToProblem();
      return;
    }
    this.saving.set(true);
    try {
      const request = toEnterpriseRequest(this.form, this.loaded()?.responsibleOfficerId ?? null);
      const id = this.id();
      const stamp = this.loaded()?.concurrencyStamp ?? '';
      const saved = await firstValueFrom(
        id
          ? this.api.update(id, { ...request, concurrencyStamp: stamp })
          : this.api.create(request),
      );
      this.form.markAsPristine();
      this.message.success(this.localization.t('Ui:Saved'));
      await this.router.navigate(['/enterprises', saved.id]);
    } catch (e) {
      this.showProblem(toProblemDetails(e));
      this.scrollToProblem();
    } finally {
      this.saving.set(false);
    }
  }

  protected cancelLink(): string[] {
    const id = this.id();
    return id ? ['/enterprises', id] : ['/enterprises'];
  }

  private showProblem(problem: ProblemDetails): void {
    const status = problem.status ?? 0;
    if (status === 409 && problem.code === ErrorCodes.concurrencyConflict) {
      this.conflict.set(problem.detail || this.localization.t('EnterprisePage:ConflictMessage'));
      return;
    }
    if (status === 409 && problem.code === ErrorCodes.duplicateCreditCode) {
      applyServerErrors(this.form, {
        unifiedSocialCreditCode: [problem.detail || problem.title || ''],
      });
      return;
    }
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      const keys = Object.keys(problem.errors).map((k) => k.toLowerCase());
      if (keys.some((k) => k.includes('creditcode'))) {
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
