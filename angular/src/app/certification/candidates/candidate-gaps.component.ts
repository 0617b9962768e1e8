import { Component, input } from '@angular/core';
import { TPipe } from '../../core/localization/t.pipe';
import { CandidateRow } from './candidate-display';

/** A candidate's main gaps, compact, each gap's figure highlighted; and how many more fail. */
@Component({
  selector: 'app-candidate-gaps',
  imports: [TPipe],
  template: `
    @let r = row();
    @if (r.gaps.length > 0) {
      <ul class="gaps" data-testid="candidate-gaps">
        @for (gap of r.gaps; track gap.code) {
          <li class="gaps__item" [class.gaps__item--unknown]="gap.unknown">
            @if (gap.parts; as p) {
              {{ p.before }}<mark class="gaps__figure">{{ p.gap }}</mark
              >{{ p.after }}
            } @else {
              {{ gap.message }}
            }
          </li>
        }
      </ul>
    } @else if (r.item.verdict === 'Eligible') {
      <span class="muted">{{ 'CandidatePage:NoGaps' | t }}</span>
    } @else if (r.item.verdict === 'NeedsReview') {
      <span class="muted" data-testid="candidate-review-hint">{{
        'CandidatePage:ReviewHint' | t
      }}</span>
    }
    @if (r.moreFailed > 0) {
      <div class="muted" data-testid="candidate-more-gaps">
        {{ 'CandidatePage:MoreGaps' | t: r.moreFailed }}
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      font-size: 13px;
      line-height: 1.5;
    }
    .gaps {
      margin: 0;
      padding-left: 1.1em;
    }
    .gaps__item + .gaps__item {
      margin-top: 2px;
    }
    .gaps__item--unknown {
      color: rgba(0, 0, 0, 0.55);
    }
    .gaps__figure {
      padding: 0 3px;
      border-radius: 3px;
      background: #fff1b8;
      color: #ad4e00;
      font-weight: 600;
      white-space: nowrap;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class CandidateGapsComponent {
  readonly row = input.required<CandidateRow>();
}
