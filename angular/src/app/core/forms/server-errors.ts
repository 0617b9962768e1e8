import { AbstractControl, FormArray, FormGroup } from '@angular/forms';

export const SERVER_ERROR = 'server';

/**
 * Turns a server field name into a control path: `contacts[0].phone` → ['contacts', 0, 'phone'].
 * Accepts PascalCase and a leading `$.` (System.Text.Json paths) too.
 */
export function toControlPath(field: string): (string | number)[] {
  return field
    .replace(/^\$\.?/, '')
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) =>
      /^\d+$/.test(part) ? Number(part) : part.charAt(0).toLowerCase() + part.slice(1),
    );
}

/**
 * Puts each server field error on the matching control (as the `server` error, marked touched so it
 * shows) and returns the messages no control matched, for a general alert.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: Record<string, string[]> | null | undefined,
): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const path = toControlPath(field);
    const control = path.length > 0 ? form.get(path) : null;
    if (!control) {
      unmatched.push(...messages);
      continue;
    }
    control.markAsTouched();
    control.markAsDirty();
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: messages.join(' ') });
  }
  return unmatched;
}

/** Removes server errors everywhere in the form (before sending it again); client validators stay. */
export function clearServerErrors(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => clearServerErrors(child));
  }
  if (control.hasError(SERVER_ERROR)) {
    const { [SERVER_ERROR]: _removed, ...rest } = control.errors ?? {};
    control.setErrors(Object.keys(rest).length > 0 ? rest : null);
  }
}

/** The server-style name of a control: the inverse of {@link toControlPath} (`contacts[0].phone`). */
export function controlFieldName(control: AbstractControl): string {
  const segments: (string | number)[] = [];
  for (let current = control; current.parent; current = current.parent) {
    const parent: FormGroup | FormArray = current.parent;
    if (parent instanceof FormArray) {
      segments.unshift(parent.controls.indexOf(current));
    } else {
      segments.unshift(
        Object.keys(parent.controls).find((name) => parent.controls[name] === current) ?? '',
      );
    }
  }
  return segments.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment,
    '',
  );
}
