import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { AppConfigStore } from '../../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { YearlyDataPolicies } from '../yearly-data/yearly-data-policies';
import { EligibilityApi } from './eligibility-api.service';
import { provideEligibilityIcons } from './eligibility-icons';
import { EligibilitySummaryComponent, kindCardId } from './eligibility-summary.component';
import { chinaToday, sortByKind } from './eligibility-view';
import { KindCardComponent } from './kind-card.component';
import { ProfileFormComponent } from './profile-form.component';
import { WhatIfDrawerComponent } from './what-if-drawer.component';

/** The earliest date the rules cover (the oldest rule set in force, 科技型中小企业 2017-05). */
const EARLIEST_AS_OF = new Date(2017, 4, 1);
const LATEST_AS_OF = new Date(2100, 11, 31);

/**
 * 认定评估 of one enterprise: how its verified data measure up to each kind's rules on a date — a
 * summary of the verdicts and the gaps that matter, a card per kind, the profile facts the yearly data
 * lack, and the what-if drawer.
 */
@Component({
  selector: 'app-eligibility-tab',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzSpinModule,
    EligibilitySummaryComponent,
    KindCardComponent,
    ProfileFormComponent,
    WhatIfDrawerComponent,
    TPipe,
  ],
  providers: [provideEligibilityIcons()],
  templateUrl: './eligibility-tab.component.html',
  styleUrl: './eligibility-tab.component.less',
})
export class EligibilityTabComponent {
  private readonly api = inject(EligibilityApi);
  private readonly store = inject(AppConfigStore);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();

  protected readonly canEditProfile = computed(() => this.store.isGranted(YearlyDataPolicies.edit));
  /** The assessment date; today in China to start with. */
  protected readonly asOf = signal<Date | null>(parseIsoDate(chinaToday()));
  protected readonly whatIfOpen = signal(false);
  protected readonly cardId = kindCardId;
  protected readonly disabledDate = (date: Date) =>
    date.getTime() < EARLIEST_AS_OF.getTime() || date.getTime() > LATEST_AS_OF.getTime();

  protected readonly assessment = rxResource({
    params: () => ({
      enterpriseId: this.enterpriseId(),
      asOf: formatIsoDate(this.asOf()) ?? chinaToday(),
    }),
    stream: ({ params }) => this.api.getForEnterprise(params.enterpriseId, params.asOf),
  });
  protected readonly value = computed(() =>
    this.assessment.hasValue() ? this.assessment.value() : null,
  );
  protected readonly results = computed(() => sortByKind(this.value()?.results ?? []));
  protected readonly loadError = computed(() => {
    const error = this.assessment.error();
    return error
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });

  protected onAsOf(date: Date | null): void {
    // The picker cannot be emptied; a cleared value would fall back to today anyway.
    this.asOf.set(date ?? parseIsoDate(chinaToday()));
  }
}
