import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { LocalizationService } from '../localization/localization.service';
import { controlFieldName } from './server-errors';
import { validationMessage } from './validation-message';

/**
 * The error text under a form control, for nz-form-control's nzErrorTip template:
 * `<ng-template #errorTip let-control><app-field-error [control]="control" [errors]="control.errors" /></ng-template>`.
 * Carries `data-testid="error-<fieldName>"` with the server's field name (e.g. `error-contacts[0].phone`).
 */
@Component({
  selector: 'app-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [attr.data-testid]="'error-' + fieldName()">{{ message() }}</span>`,
})
export class FieldErrorComponent {
  private readonly localization = inject(LocalizationService);

  readonly control = input.required<AbstractControl>();
  /** Passed separately so the text refreshes when the errors change. */
  readonly errors = input<ValidationErrors | null>(null);

  protected readonly fieldName = computed(() => controlFieldName(this.control()));
  protected readonly message = computed(() =>
    validationMessage(this.errors(), (key, ...args) => this.localization.t(key, ...args)),
  );
}
