import { Component, inject, model } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { TPipe } from '../../../core/localization/t.pipe';
import { VisitsApi } from '../../shared/visits-api.service';

/** The policies explained during the visit (宣讲政策): a checkbox per active policy topic. */
@Component({
  selector: 'app-visit-policy-picker',
  imports: [NzButtonModule, NzCheckboxModule, TPipe],
  template: `
    @if (topics.hasValue()) {
      <div class="policies">
        @for (topic of topics.value(); track topic.code) {
          <label
            nz-checkbox
            [attr.data-testid]="'visit-policy-' + topic.code"
            [nzChecked]="codes().includes(topic.code)"
            (nzCheckedChange)="toggle(topic.code, $event)"
            >{{ topic.name }}</label
          >
        }
      </div>
    } @else if (topics.error()) {
      <button nz-button nzType="link" type="button" (click)="topics.reload()">
        {{ 'Ui:Retry' | t }}
      </button>
    }
  `,
  styles: `
    .policies {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 4px 16px;

      label {
        margin-left: 0;
      }
    }
  `,
})
export class VisitPolicyPickerComponent {
  /** The codes of the topics checked (`codesChange` on every tick). */
  readonly codes = model<string[]>([]);

  private readonly api = inject(VisitsApi);
  protected readonly topics = rxResource({ stream: () => this.api.getPolicyTopics() });

  toggle(code: string, checked: boolean): void {
    const others = this.codes().filter((c) => c !== code);
    this.codes.set(checked ? [...others, code] : others);
  }
}
