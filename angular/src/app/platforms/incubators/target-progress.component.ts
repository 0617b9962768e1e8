import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { TPipe } from '../../core/localization/t.pipe';
import { TargetProgress } from './incubator-progress';

/** A count against its target: "7 / 30" over a bar (green once reached), or the bare count without a target. */
@Component({
  selector: 'app-target-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzProgressModule, TPipe],
  template: `
    @let p = progress();
    @if (p.target === null) {
      <span class="count" data-testid="target-count">{{ p.count }}</span>
      <span class="muted"> · {{ 'Platforms:IncubatorsPage.NoTarget' | t }}</span>
    } @else {
      <span class="count" data-testid="target-count">{{
        'Platforms:IncubatorsPage.CountOfTarget' | t: p.count : p.target
      }}</span>
      @if (p.fromPlan) {
        <span class="muted" data-testid="target-from-plan">
          · {{ 'Platforms:IncubatorsPage.PlanTarget' | t }}</span
        >
      }
      <nz-progress
        nzSize="small"
        [nzPercent]="p.percent"
        [nzStatus]="p.reached ? 'success' : 'normal'"
      />
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 160px;
    }
    .count {
      font-variant-numeric: tabular-nums;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class TargetProgressComponent {
  readonly progress = input.required<TargetProgress>();
}
