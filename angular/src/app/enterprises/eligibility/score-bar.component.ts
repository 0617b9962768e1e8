import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../../core/localization/t.pipe';
import { ScoreSummary } from './eligibility-api.service';
import { rangeText, scoreBarGeometry } from './eligibility-view';

/**
 * The estimated score on a bar from 0 to 100: the range the data allows as a band (green when even its
 * low end passes, red when not even its high end does, orange in between) and the pass mark as a line.
 */
@Component({
  selector: 'app-score-bar',
  imports: [TPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = score();
    @let g = geometry();
    <div class="score">
      <div class="score__legend">
        <span
          >{{ 'EligibilityPage:Score' | t }}
          <strong data-testid="score-range">{{ range() }}</strong></span
        >
        <span class="score__pass">{{ 'EligibilityPage:PassMark' | t: s.passMark }}</span>
      </div>
      <div
        class="score__track"
        role="img"
        data-testid="score-bar"
        [attr.data-outcome]="g.outcome"
        [attr.aria-label]="'EligibilityPage:ScoreAria' | t: s.min : s.max : s.passMark"
      >
        <div
          data-testid="score-band"
          [class]="'score__band score__band--' + g.outcome"
          [style.left.%]="g.bandStart"
          [style.width.%]="g.bandWidth"
        ></div>
        <div class="score__mark" data-testid="score-mark" [style.left.%]="g.passAt"></div>
      </div>
      <div class="score__scale" aria-hidden="true"><span>0</span><span>100</span></div>
    </div>
  `,
  styles: `
    .score {
      margin: 4px 0 12px;
    }
    .score__legend {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 12px;
      margin-bottom: 4px;
    }
    .score__pass,
    .score__scale {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .score__track {
      position: relative;
      height: 12px;
      border-radius: 6px;
      background: #f0f0f0;
    }
    .score__band {
      position: absolute;
      top: 0;
      bottom: 0;
      min-width: 4px;
      border-radius: 6px;
    }
    .score__band--pass {
      background: #52c41a;
    }
    .score__band--fail {
      background: #ff4d4f;
    }
    .score__band--open {
      background: #faad14;
    }
    .score__mark {
      position: absolute;
      top: -4px;
      bottom: -4px;
      width: 2px;
      margin-left: -1px;
      background: #262626;
    }
    .score__scale {
      display: flex;
      justify-content: space-between;
    }
  `,
})
export class ScoreBarComponent {
  readonly score = input.required<ScoreSummary>();

  protected readonly geometry = computed(() => scoreBarGeometry(this.score()));
  protected readonly range = computed(() => rangeText(this.score().min, this.score().max));
}
