import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { TPipe } from '../../core/localization/t.pipe';
import { CriterionNamePipe } from './criterion-name.pipe';
import { Criterion } from './eligibility-api.service';
import { STATUS_ICONS, provideEligibilityIcons } from './eligibility-icons';
import { criterionStatus, pointsText } from './eligibility-view';

/**
 * Criteria of one kind: status (✓ / ✗ / ?), the server's message with the code beneath and the rule's
 * source in a tooltip, actual / required / gap as the server formatted them, points for scored items.
 * On a phone every row becomes a small card: status and message, then the values two by two.
 */
@Component({
  selector: 'app-criteria-table',
  imports: [CriterionNamePipe, NzIconModule, NzTooltipModule, TPipe],
  providers: [provideEligibilityIcons()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-table.component.html',
  styleUrl: './criteria-table.component.less',
})
export class CriteriaTableComponent {
  readonly criteria = input.required<readonly Criterion[]>();
  /** Score items: show their points. */
  readonly scored = input(false);

  protected readonly statusOf = criterionStatus;
  protected readonly icons = STATUS_ICONS;
  protected readonly pointsText = pointsText;
}
