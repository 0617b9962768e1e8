import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, of } from 'rxjs';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { NEED_STATUS_COLORS } from '../../needs/shared/needs-api.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { VisitsApi } from '../shared/visits-api.service';

/** One visit: who, when, what was said, and the needs it raised (each linking to its detail). */
@Component({
  selector: 'app-visit-detail-page',
  imports: [
    DateTextPipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './visit-detail.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class VisitDetailPage {
  private readonly api = inject(VisitsApi);
  private readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly statusColors = NEED_STATUS_COLORS;
  protected readonly visit = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly topics = rxResource({
    stream: () => this.api.getPolicyTopics().pipe(catchError(() => of([]))),
  });
  protected readonly policyNames = computed(() => {
    const names = new Map((this.topics.value() ?? []).map((t) => [t.code, t.name]));
    const visit = this.visit.hasValue() ? this.visit.value() : null;
    return (visit?.policyCodes ?? []).map((code) => names.get(code) ?? code);
  });
  protected readonly loadError = computed(() => {
    const error = this.visit.error();
    return error
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });
}
