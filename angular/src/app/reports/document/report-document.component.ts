import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { IndicatorUnit } from '../../proxy/models';
import { DateTextPipe } from '../../shared/format.pipes';
import { halfKey } from '../shared/half-year';
import { SemiAnnualReport } from '../shared/report-api.service';
import { formatChange, formatIndicatorValue, formatRate } from '../shared/report-format';

/**
 * The 半年通报 as a document: title, the district's needs in one sentence, each unit's needs and letter,
 * each unit's key tasks and progress, the tasks without a unit, the indicator table. Plain HTML tables
 * so the same markup reads on screen and prints on A4 (the print page adds the page rules).
 */
@Component({
  selector: 'app-report-document',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateTextPipe, TPipe],
  templateUrl: './report-document.component.html',
  styleUrl: './report-document.component.less',
})
export class ReportDocumentComponent {
  private readonly localization = inject(LocalizationService);

  readonly report = input.required<SemiAnnualReport>();

  protected readonly halfText = computed(() => this.localization.t(halfKey(this.report().half)));
  /** Units with tasks, for the progress section (a unit without tasks has nothing to report there). */
  protected readonly unitsWithTasks = computed(() =>
    this.report().units.filter((u) => u.tasks.length > 0),
  );

  protected readonly rate = formatRate;

  protected value(value: number | null, unit: IndicatorUnit): string {
    return formatIndicatorValue(value, unit, (key, ...args) => this.localization.t(key, ...args));
  }

  protected change(value: number, previous: number, unit: IndicatorUnit): string {
    return formatChange(value, previous, unit, (key, ...args) => this.localization.t(key, ...args));
  }
}
