import { FormControl, FormGroup, Validators } from '@angular/forms';
import { KeyTask, KeyTaskUpdate } from './key-task-api.service';

/** The server's limits (PlanningConsts, KeyTaskConsts). */
export const KeyTaskLimits = {
  section: 100,
  title: 200,
  text: 4000,
  otherResponsible: 500,
  units: 20,
} as const;

export type KeyTaskForm = FormGroup<{
  section: FormControl<string>;
  title: FormControl<string>;
  text: FormControl<string>;
  otherResponsible: FormControl<string>;
  /** Lead unit first. */
  unitIds: FormControl<string[]>;
}>;

export function keyTaskForm(task: KeyTask): KeyTaskForm {
  const text = (value: string, max: number, required = true) =>
    new FormControl(value, {
      nonNullable: true,
      validators: required
        ? [Validators.required, Validators.maxLength(max)]
        : [Validators.maxLength(max)],
    });
  return new FormGroup({
    section: text(task.section, KeyTaskLimits.section),
    title: text(task.title, KeyTaskLimits.title),
    text: text(task.text, KeyTaskLimits.text),
    otherResponsible: text(task.otherResponsible ?? '', KeyTaskLimits.otherResponsible, false),
    unitIds: new FormControl(
      task.units.map((u) => u.id),
      {
        nonNullable: true,
        validators: [
          (c) =>
            c.value.length > KeyTaskLimits.units
              ? { maxItems: { max: KeyTaskLimits.units } }
              : null,
        ],
      },
    ),
  });
}

/** The request body: trimmed texts, an empty "other" as null, the units in the chosen order. */
export function toKeyTaskUpdate(form: KeyTaskForm, concurrencyStamp: string): KeyTaskUpdate {
  const v = form.getRawValue();
  return {
    section: v.section.trim(),
    title: v.title.trim(),
    text: v.text.trim(),
    otherResponsible: v.otherResponsible.trim() || null,
    unitIds: [...new Set(v.unitIds)],
    concurrencyStamp,
  };
}
