import { Component, input } from '@angular/core';
import { TPipe } from '../../core/localization/t.pipe';
import { AmountPipe } from '../../shared/format.pipes';
import { VisitKpis } from '../shared/visits-api.service';
import { fixedText, percentText } from './kpi-format';

/** The campaign's figures for a period: visits, coverage and how needs were handled. */
@Component({
  selector: 'app-visit-kpi-cards',
  imports: [AmountPipe, TPipe],
  styleUrl: '../../shared/list-page.less',
  template: `
    @let k = kpis();
    <section class="summary" data-testid="visit-kpis">
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiVisits' | t }}</div>
        <div class="summary__value" data-testid="kpi-visits">{{ k.visits | amount }}</div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiEnterprises' | t }}</div>
        <div class="summary__value" data-testid="kpi-enterprises">
          {{ k.enterprisesVisited | amount }}
        </div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiNeedsCollected' | t }}</div>
        <div class="summary__value" data-testid="kpi-needs-collected">
          {{ k.needs.collected | amount }}
        </div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiNeedsClosed' | t }}</div>
        <div class="summary__value" data-testid="kpi-needs-closed">
          {{ k.needs.closed | amount }}
        </div>
      </div>
      <div class="summary__card" [class.summary__card--danger]="k.needs.overdue > 0">
        <div class="summary__label">{{ 'VisitPage:KpiNeedsOverdue' | t }}</div>
        <div class="summary__value" data-testid="kpi-needs-overdue">
          {{ k.needs.overdue | amount }}
        </div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiClosureRate' | t }}</div>
        <div class="summary__value" data-testid="kpi-closure-rate">
          {{ percent(k.needs.closureRate) }}
        </div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiAverageDays' | t }}</div>
        <div class="summary__value" data-testid="kpi-average-days">
          {{ fixed(k.needs.averageDaysToClose) }}
        </div>
      </div>
      <div class="summary__card">
        <div class="summary__label">{{ 'VisitPage:KpiSatisfaction' | t }}</div>
        <div class="summary__value" data-testid="kpi-satisfaction">
          {{ fixed(k.needs.averageSatisfaction) }}
        </div>
      </div>
    </section>
  `,
})
export class VisitKpiCardsComponent {
  readonly kpis = input.required<VisitKpis>();

  protected readonly percent = percentText;
  protected readonly fixed = fixedText;
}
