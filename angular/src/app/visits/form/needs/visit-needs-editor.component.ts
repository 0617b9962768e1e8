import { Component, input, output } from '@angular/core';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { FieldErrorComponent } from '../../../core/forms/field-error.component';
import { TPipe } from '../../../core/localization/t.pipe';
import { ResponsibleUnitLookup } from '../../../lookups/responsible-units.service';
import { NEED_CATEGORIES } from '../../../needs/shared/needs-api.service';
import { VISIT_LIMITS } from '../../shared/visit-limits';

/**
 * The needs (诉求) raised in the visit, a card each: category, text, responsible unit and whether
 * it is a 卡脖子 problem. Edits the rows it is given; adding and removing one is asked of the form.
 */
@Component({
  selector: 'app-visit-needs-editor',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzSwitchModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './visit-needs-editor.component.html',
  styles: `
    .need {
      margin-bottom: 12px;
    }
    .need__switch {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 44px;
    }
  `,
})
export class VisitNeedsEditorComponent {
  /** The need rows (category, description, isBottleneck, responsibleUnitId), owned by the form. */
  readonly rows = input.required<FormArray<FormGroup>>();
  /** The units a need can be given to. */
  readonly units = input<readonly ResponsibleUnitLookup[]>([]);
  /** Asks the form for a new, empty need. */
  readonly add = output<void>();
  /** Asks the form to remove the need at this index. */
  readonly remove = output<number>();

  protected readonly categories = NEED_CATEGORIES;
  protected readonly limits = VISIT_LIMITS;
}
