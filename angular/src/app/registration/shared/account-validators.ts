import { AbstractControl, ValidationErrors } from '@angular/forms';
import { PortalLimits } from './portal-limits';

/** The digits of a phone number as typed (spaces, dashes, +86), as the server reduces it (PhoneNumbers.Normalize). */
export function normalizePhone(phone: string | null | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/** A mainland mobile number (`{ mobile: true }` otherwise); blank passes (`required` says that). */
export function mobileValidator(control: AbstractControl): ValidationErrors | null {
  const value = (control.value as string | null) ?? '';
  return value.trim() && !PortalLimits.mobilePattern.test(normalizePhone(value))
    ? { mobile: true }
    : null;
}

/**
 * On `confirmPassword`: it must repeat its sibling `password`. Re-run it when the password changes
 * (`password.valueChanges` → `confirmPassword.updateValueAndValidity()`).
 */
export function matchesPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password
    ? { passwordMismatch: true }
    : null;
}
