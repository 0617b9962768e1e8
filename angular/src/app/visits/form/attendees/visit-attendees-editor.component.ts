import { Component, input, output } from '@angular/core';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FieldErrorComponent } from '../../../core/forms/field-error.component';
import { TPipe } from '../../../core/localization/t.pipe';
import { VISIT_LIMITS } from '../../shared/visit-limits';

/**
 * The enterprise's attendees: a name and a title per row. Edits the rows it is given; adding and
 * removing a row is asked of the form (`add`, `remove` with the row's index).
 */
@Component({
  selector: 'app-visit-attendees-editor',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    FieldErrorComponent,
    TPipe,
  ],
  template: `
    <ng-template #errorTip let-control>
      <app-field-error [control]="control" [errors]="control.errors" />
    </ng-template>
    @for (row of rows().controls; track row; let i = $index) {
      <div class="attendee" [formGroup]="row" data-testid="visit-attendee">
        <nz-form-item class="attendee__field">
          <nz-form-control [nzErrorTip]="errorTip">
            <input
              nz-input
              formControlName="name"
              [attr.data-testid]="'visit-attendee-name-' + i"
              [attr.aria-label]="'Visit:AttendeeName' | t"
              [placeholder]="'Visit:AttendeeName' | t"
              [maxlength]="limits.personName"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item class="attendee__field">
          <nz-form-control [nzErrorTip]="errorTip">
            <input
              nz-input
              formControlName="title"
              [attr.data-testid]="'visit-attendee-title-' + i"
              [attr.aria-label]="'Visit:AttendeeTitle' | t"
              [placeholder]="'Visit:AttendeeTitle' | t"
              [maxlength]="limits.title"
            />
          </nz-form-control>
        </nz-form-item>
        <button
          nz-button
          nzType="text"
          nzDanger
          type="button"
          class="attendee__remove"
          [attr.data-testid]="'visit-attendee-remove-' + i"
          [attr.aria-label]="'VisitPage:RemoveAttendee' | t"
          (click)="remove.emit(i)"
        >
          <nz-icon nzType="minus-circle" />
        </button>
      </div>
    }
    <button
      nz-button
      nzType="dashed"
      nzBlock
      type="button"
      data-testid="visit-add-attendee"
      [disabled]="rows().length >= limits.maxAttendees"
      (click)="add.emit()"
    >
      <nz-icon nzType="plus" />
      {{ 'VisitPage:AddAttendee' | t }}
    </button>
  `,
  styles: `
    .attendee {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .attendee__field {
      flex: 1;
      min-width: 0;
      margin-bottom: 8px;
    }
    .attendee__remove {
      min-width: 44px;
      min-height: 44px;
    }
    @media (max-width: 575.98px) {
      .attendee {
        flex-wrap: wrap;
      }
      .attendee__field {
        flex: 1 1 100%;
      }
    }
  `,
})
export class VisitAttendeesEditorComponent {
  /** The attendee rows (name, title), owned by the form. */
  readonly rows = input.required<FormArray<FormGroup>>();
  /** Asks the form for a new, empty row. */
  readonly add = output<void>();
  /** Asks the form to remove the row at this index. */
  readonly remove = output<number>();

  protected readonly limits = VISIT_LIMITS;
}
