import { FormControl, FormGroup, Validators } from '@angular/forms';
import { notInFuture } from '../../enterprises/qualifications/qualification-form.model';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import {
  PlatformLimits,
  Project,
  ProjectRequest,
  TechTransferStatus,
} from '../shared/platforms-api.service';

/** A status in which the project has been funded, so the funding day is required. */
export function isFunded(status: TechTransferStatus | null): boolean {
  return status === 'Funded' || status === 'Completed';
}

export function createProjectForm(today = new Date()) {
  const form = new FormGroup({
    year: new FormControl<number | null>(today.getFullYear(), [
      Validators.required,
      Validators.min(PlatformLimits.minProjectYear),
      Validators.max(today.getFullYear() + 1),
    ]),
    enterpriseId: new FormControl<string | null>(null, Validators.required),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PlatformLimits.name)],
    }),
    amountFunded: new FormControl<number | null>(null, [
      Validators.min(0),
      Validators.max(PlatformLimits.maxAmount),
    ]),
    fundedOn: new FormControl<Date | null>(null, notInFuture),
    status: new FormControl<TechTransferStatus>('Applied', { nonNullable: true }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PlatformLimits.note)],
    }),
  });
  applyProjectRules(form);
  return form;
}

export type ProjectForm = ReturnType<typeof createProjectForm>;

/** Once funded or completed, the funding day is required. */
export function applyProjectRules(form: ProjectForm): void {
  const { status, fundedOn } = form.controls;
  fundedOn.setValidators(isFunded(status.value) ? [Validators.required, notInFuture] : notInFuture);
  fundedOn.updateValueAndValidity({ emitEvent: false });
}

export function fillProjectForm(
  form: ProjectForm,
  project: Project | null,
  today = new Date(),
): void {
  form.reset({
    year: project?.year ?? today.getFullYear(),
    enterpriseId: project?.enterpriseId ?? null,
    title: project?.title ?? '',
    amountFunded: project?.amountFunded ?? null,
    fundedOn: parseIsoDate(project?.fundedOn),
    status: project?.status ?? 'Applied',
    note: project?.note ?? '',
  });
  applyProjectRules(form);
}

export function toProjectRequest(form: ProjectForm): ProjectRequest {
  const v = form.getRawValue();
  return {
    year: v.year ?? undefined,
    enterpriseId: v.enterpriseId ?? undefined,
    title: v.title.trim(),
    amountFunded: v.amountFunded,
    fundedOn: formatIsoDate(v.fundedOn),
    status: v.status,
    note: v.note.trim() || null,
  };
}
