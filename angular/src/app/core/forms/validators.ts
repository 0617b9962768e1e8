import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** An array value has at most `max` items. */
export function maxItems(max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as unknown[] | null;
    return Array.isArray(value) && value.length > max
      ? { maxItems: { max, actual: value.length } }
      : null;
  };
}

/** Every string item of an array value is at most `requiredLength` characters long. */
export function itemMaxLength(requiredLength: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as unknown[] | null;
    const tooLong =
      Array.isArray(value) && value.some((item) => String(item).length > requiredLength);
    return tooLong ? { itemMaxLength: { requiredLength } } : null;
  };
}
