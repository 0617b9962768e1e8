import { Component, inject } from '@angular/core';
import { TPipe } from '../../core/localization/t.pipe';
import { YearlyDataTabComponent } from '../../enterprises/yearly-data/yearly-data-tab.component';
import { PortalContext } from '../shared/portal-context';

/** 年度数据 of the own enterprise: drafts, submitting, and what the bureau returned with its comment. */
@Component({
  selector: 'app-portal-yearly-data-page',
  imports: [TPipe, YearlyDataTabComponent],
  template: `
    <div class="page-header">
      <h2 class="page-header__title">{{ 'Workspace:Nav.YearlyData' | t }}</h2>
    </div>
    <section class="panel" data-testid="portal-yearly-data">
      <p class="panel__intro">{{ 'Workspace:YearlyData.Intro' | t }}</p>
      <app-yearly-data-tab [enterpriseId]="context.enterpriseId()" />
    </section>
  `,
  styleUrl: '../shared/portal-page.less',
})
export class PortalYearlyDataPage {
  protected readonly context = inject(PortalContext);
}
