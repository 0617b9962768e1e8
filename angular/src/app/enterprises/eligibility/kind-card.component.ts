import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { provideEligibilityIcons } from './eligibility-icons';
import { TPipe } from '../../core/localization/t.pipe';
import { DateTextPipe } from '../../shared/format.pipes';
import { CriteriaTableComponent } from './criteria-table.component';
import { KindAssessment } from './eligibility-api.service';
import { VERDICT_COLORS, splitCriteria } from './eligibility-view';
import { ScoreBarComponent } from './score-bar.component';

/**
 * One kind's assessment: the verdict, the rule set and date it was judged by, the score bar, the
 * conditions, and the score items folded under "score details".
 */
@Component({
  selector: 'app-kind-card',
  imports: [
    CriteriaTableComponent,
    DateTextPipe,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTagModule,
    ScoreBarComponent,
    TPipe,
  ],
  providers: [provideEligibilityIcons()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kind-card.component.html',
  styleUrl: './kind-card.component.less',
})
export class KindCardComponent {
  readonly result = input.required<KindAssessment>();
  /** The assessment date. */
  readonly asOf = input.required<string>();

  protected readonly verdictColors = VERDICT_COLORS;
  protected readonly parts = computed(() => splitCriteria(this.result().criteria));
  protected readonly detailsOpen = signal(false);
  protected readonly detailsId = computed(() => `score-details-${this.result().kind}`);
}
