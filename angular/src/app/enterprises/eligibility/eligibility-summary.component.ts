import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../../core/localization/t.pipe';
import { KindAssessment, QualificationKind } from './eligibility-api.service';
import { CriterionNamePipe } from './criterion-name.pipe';
import { VERDICT_COLORS, splitAtGap, summarize } from './eligibility-view';

/** The id of a kind's card, for the summary's links. */
export const kindCardId = (kind: QualificationKind) => `eligibility-kind-${kind}`;

/** "How close is it?" in one line per kind: the verdict and the one or two gaps that matter most. */
@Component({
  selector: 'app-eligibility-summary',
  imports: [CriterionNamePipe, NzTagModule, TPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="summary" data-testid="eligibility-summary">
      @for (line of lines(); track line.kind) {
        <li class="summary__line" data-testid="summary-line" [attr.data-kind]="line.kind">
          <div class="summary__head">
            <button type="button" class="summary__kind" (click)="show(line.kind)">
              {{ 'Enum:QualificationKind.' + line.kind | t }}
            </button>
            <nz-tag data-testid="summary-verdict" [nzColor]="colors[line.verdict]">{{
              'Enum:EligibilityVerdict.' + line.verdict | t
            }}</nz-tag>
          </div>
          <div class="summary__gaps">
            @for (gap of line.gaps; track gap.code) {
              @let name = gap.code | criterionName;
              @let parts = split(gap.message, gap.gap?.text);
              <div class="summary__gap" data-testid="summary-gap" [attr.data-code]="gap.code">
                @if (name) {
                  <strong class="summary__name">{{ name }}</strong>
                }
                @if (parts) {
                  {{ parts.before }}<span class="summary__amount">{{ parts.gap }}</span
                  >{{ parts.after }}
                } @else {
                  {{ gap.message }}
                  <span class="summary__amount">{{
                    'EligibilityPage:GapShort' | t: gap.gap?.text
                  }}</span>
                }
              </div>
            }
            @if (line.otherFailures > 0) {
              <div class="summary__more">
                {{ 'EligibilityPage:OtherFailures' | t: line.otherFailures }}
              </div>
            }
            @if (line.unknown > 0) {
              <div class="summary__more">
                {{ 'EligibilityPage:UnknownCount' | t: line.unknown }}
              </div>
            }
            @if (line.verdict === 'Eligible') {
              <div class="summary__more">{{ 'EligibilityPage:NoGaps' | t }}</div>
            }
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .summary {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .summary__line {
      display: grid;
      grid-template-columns: minmax(180px, 260px) minmax(0, 1fr);
      gap: 4px 16px;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .summary__line:last-child {
      border-bottom: 0;
    }
    .summary__head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
    }
    .summary__kind {
      padding: 0;
      border: 0;
      background: none;
      color: #1677ff;
      font-weight: 500;
      text-align: left;
      cursor: pointer;
    }
    .summary__name {
      margin-right: 8px;
      font-weight: 600;
    }
    .summary__amount {
      color: #cf1322;
      font-weight: 500;
    }
    .summary__more {
      color: rgba(0, 0, 0, 0.45);
    }
    @media (max-width: 767.98px) {
      .summary__line {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class EligibilitySummaryComponent {
  readonly results = input.required<readonly KindAssessment[]>();

  protected readonly colors = VERDICT_COLORS;
  protected readonly lines = computed(() => summarize(this.results()));
  protected readonly split = splitAtGap;

  protected show(kind: QualificationKind): void {
    document
      .getElementById(kindCardId(kind))
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}
