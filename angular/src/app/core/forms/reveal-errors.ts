import { AbstractControl, FormArray, FormGroup } from '@angular/forms';

/**
 * Marks every control dirty and touched and re-runs its validators, so ng-zorro's form controls
 * (which listen to status changes) show the errors of fields nobody has touched yet.
 */
export function revealErrors(control: AbstractControl): void {
  control.markAsDirty({ onlySelf: true });
  control.markAsTouched({ onlySelf: true });
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => revealErrors(child));
  }
  control.updateValueAndValidity({ onlySelf: true });
}
