import { Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../../core/localization/t.pipe';
import { CultivationApi } from '../shared/cultivation-api.service';

/**
 * The enterprise's rung on the science ladder (科技型中小企业 → 高新技术企业) and the MIIT ladder
 * (创新型 → 专精特新 → 小巨人), derived by the server from the qualifications it holds.
 */
@Component({
  selector: 'app-ladder-badges',
  imports: [NzTagModule, TPipe],
  template: `
    @if (ladders.hasValue()) {
      @let l = ladders.value();
      <nz-tag
        data-testid="ladder-science"
        [attr.data-rung]="l.science.rung"
        [nzColor]="l.science.rung === 'None' ? 'default' : 'geekblue'"
      >
        {{ 'LadderPage:Science' | t: ('Enum:ScienceRung.' + l.science.rung | t) }}
        @if (l.science.validUntil) {
          <span class="until">{{ 'LadderPage:ValidUntil' | t: l.science.validUntil }}</span>
        }
      </nz-tag>
      <nz-tag
        data-testid="ladder-miit"
        [attr.data-rung]="l.miit.rung"
        [nzColor]="l.miit.rung === 'None' ? 'default' : 'purple'"
      >
        {{ 'LadderPage:Miit' | t: ('Enum:MiitRung.' + l.miit.rung | t) }}
        @if (l.miit.validUntil) {
          <span class="until">{{ 'LadderPage:ValidUntil' | t: l.miit.validUntil }}</span>
        }
      </nz-tag>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .until {
      margin-left: 4px;
      opacity: 0.75;
    }
  `,
})
export class LadderBadgesComponent {
  private readonly api = inject(CultivationApi);

  readonly enterpriseId = input.required<string>();
  /** Bump to load again (after a qualification changed). */
  readonly version = input(0);

  protected readonly ladders = rxResource({
    params: () => ({ id: this.enterpriseId(), version: this.version() }),
    stream: ({ params }) => this.api.getLadders(params.id),
  });
}
