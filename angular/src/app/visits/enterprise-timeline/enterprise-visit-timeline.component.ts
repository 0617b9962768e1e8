import { Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { TPipe } from '../../core/localization/t.pipe';
import { DateTextPipe } from '../../shared/format.pipes';
import { VisitsApi } from '../shared/visits-api.service';

/** The enterprise detail's "visits and needs" tab: visits and the steps on their needs, newest first. */
@Component({
  selector: 'app-enterprise-visit-timeline',
  imports: [
    DateTextPipe,
    RouterLink,
    NzButtonModule,
    NzEmptyModule,
    NzSpinModule,
    NzTimelineModule,
    TPipe,
  ],
  template: `
    <nz-spin [nzSpinning]="timeline.isLoading()">
      @if (timeline.hasValue()) {
        @if (timeline.value().length === 0) {
          <nz-empty data-testid="visit-timeline-empty" />
        }
        <nz-timeline data-testid="visit-timeline">
          @for (item of timeline.value(); track $index) {
            <nz-timeline-item [nzColor]="item.visitKind ? 'green' : 'blue'">
              <div>
                <strong>{{ item.date | dateText }}</strong>
                @if (item.visitKind) {
                  · {{ 'Enum:VisitKind.' + item.visitKind | t }}
                  @if (item.visitId) {
                    ·
                    <a [routerLink]="['/visits', item.visitId]">{{ 'VisitPage:OpenVisit' | t }}</a>
                  }
                }
                @if (item.needEventKind) {
                  · {{ 'Enum:NeedEventKind.' + item.needEventKind | t }}
                }
                @if (item.needCategory) {
                  · {{ 'Enum:NeedCategory.' + item.needCategory | t }}
                }
              </div>
              @if (item.officers?.length) {
                <div class="muted">{{ item.officers!.join(', ') }}</div>
              }
              @if (item.text) {
                @if (item.needId) {
                  <a [routerLink]="['/needs', item.needId]">{{ item.text }}</a>
                } @else {
                  <div>{{ item.text }}</div>
                }
              }
            </nz-timeline-item>
          }
        </nz-timeline>
      } @else if (timeline.error()) {
        <p>
          {{ 'Ui:LoadFailed' | t }}
          <button nz-button nzType="link" type="button" (click)="timeline.reload()">
            {{ 'Ui:Retry' | t }}
          </button>
        </p>
      }
    </nz-spin>
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class EnterpriseVisitTimelineComponent {
  private readonly api = inject(VisitsApi);

  readonly enterpriseId = input.required<string>();

  protected readonly timeline = rxResource({
    params: () => this.enterpriseId(),
    stream: ({ params }) => this.api.getEnterpriseTimeline(params),
  });
}
