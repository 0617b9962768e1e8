import { Component, inject } from '@angular/core';
import { TPipe } from '../../core/localization/t.pipe';
import { EligibilityTabComponent } from '../../enterprises/eligibility/eligibility-tab.component';
import { PortalContext } from '../shared/portal-context';

/**
 * 自评: how the own enterprise's data measure up to each qualification's rules, the gaps in plain words
 * (from the server) and the what-if drawer to try other figures.
 */
@Component({
  selector: 'app-portal-self-assessment-page',
  imports: [TPipe, EligibilityTabComponent],
  template: `
    <div class="page-header">
      <h2 class="page-header__title">{{ 'Workspace:Nav.SelfAssessment' | t }}</h2>
    </div>
    <section class="panel" data-testid="portal-self-assessment">
      <p class="panel__intro">{{ 'Workspace:SelfAssessment.Intro' | t }}</p>
      <app-eligibility-tab [enterpriseId]="context.enterpriseId()" />
    </section>
  `,
  styleUrl: '../shared/portal-page.less',
})
export class PortalSelfAssessmentPage {
  protected readonly context = inject(PortalContext);
}
