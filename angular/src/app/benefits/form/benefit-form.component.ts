import {
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { clearServerErrors } from '../../core/forms/server-errors';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { isFutureDay } from '../../enterprises/qualifications/qualification-form.model';
import { toSaveProblem } from '../../platforms/shared/save-problem';
import { PHONE, mediaMatches } from '../../shared/media';
import { EnterpriseOptions } from '../../visits/form/enterprise-options';
import {
  BENEFIT_POLICIES,
  BenefitGrant,
  BenefitLimits,
  BenefitsApi,
} from '../shared/benefits-api.service';
import { createBenefitForm, fillBenefitForm, toBenefitRequest } from './benefit-form.model';

/**
 * Records or edits a grant in a drawer, open while `open` is true. A new grant starts with the
 * ledger's enterprise filter, if any; an edited one keeps its enterprise.
 */
@Component({
  selector: 'app-benefit-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  providers: [EnterpriseOptions],
  templateUrl: './benefit-form.component.html',
  styleUrl: '../../platforms/shared/drawer-form.less',
})
export class BenefitFormComponent {
  private readonly api = inject(BenefitsApi);
  private readonly localization = inject(LocalizationService);
  protected readonly enterprises = inject(EnterpriseOptions);

  readonly open = input(false);
  readonly grant = input<BenefitGrant | null>(null);
  /** A new grant's enterprise, with its name for the picker. */
  readonly enterprise = input<{ id: string; name: string | null } | null>(null);
  readonly finished = output<BenefitGrant | null>();

  protected readonly phone = mediaMatches(PHONE);
  protected readonly policies = BENEFIT_POLICIES;
  protected readonly limits = BenefitLimits;
  protected readonly form = createBenefitForm();
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  private readonly current = signal<BenefitGrant | null>(null);
  protected readonly editing = computed(() => this.current() !== null);
  protected readonly disabledPast = (date: Date) => isFutureDay(date);

  constructor() {
    this.enterprises.selectedId = () => this.form.controls.enterpriseId.value;
    effect(() => {
      if (this.open()) {
        const grant = this.grant();
        const enterprise = this.enterprise();
        untracked(() => this.load(grant, enterprise));
      }
    });
  }

  protected async save(): Promise<void> {
    if (!this.open() || this.saving()) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    const current = this.current();
    const { enterpriseId, ...change } = toBenefitRequest(this.form);
    try {
      const saved = await firstValueFrom(
        current
          ? this.api.update(current.id, { ...change, concurrencyStamp: current.concurrencyStamp })
          : this.api.create({ enterpriseId, ...change }),
      );
      this.finished.emit(saved);
    } catch (e) {
      const problem = toSaveProblem(this.form, e);
      if (problem.kind === 'stale' && current) {
        this.generalError.set(this.localization.t('Platforms:Page.Stale'));
        this.load(await firstValueFrom(this.api.get(current.id)), null, false);
      } else if (problem.kind !== 'announced') {
        this.generalError.set(problem.message);
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

  private load(
    grant: BenefitGrant | null,
    enterprise: { id: string; name: string | null } | null,
    clearMessage = true,
  ): void {
    this.current.set(grant);
    fillBenefitForm(this.form, grant, enterprise?.id ?? null);
    this.enterprises.keep(
      grant?.enterpriseId ?? enterprise?.id ?? null,
      grant?.enterpriseName ?? enterprise?.name ?? null,
    );
    if (clearMessage) {
      this.generalError.set(null);
    }
  }
}
