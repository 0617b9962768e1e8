import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  Incubator,
  IncubatorKind,
  IncubatorRequest,
  PlatformLevel,
  PlatformLimits,
} from '../shared/platforms-api.service';

export function createIncubatorForm() {
  const target = () =>
    new FormControl<number | null>(null, [
      Validators.min(0),
      Validators.max(PlatformLimits.maxTarget),
    ]);
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PlatformLimits.incubatorName)],
    }),
    kind: new FormControl<IncubatorKind>('Incubator', { nonNullable: true }),
    level: new FormControl<PlatformLevel | null>(null),
    operator: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PlatformLimits.operator)],
    }),
    subDistrictCode: new FormControl<string | null>(null, Validators.required),
    incubatedTarget: target(),
    highTechTarget: target(),
  });
}

export type IncubatorForm = ReturnType<typeof createIncubatorForm>;

export function fillIncubatorForm(form: IncubatorForm, incubator: Incubator | null): void {
  form.reset({
    name: incubator?.name ?? '',
    kind: incubator?.kind ?? 'Incubator',
    level: incubator?.level ?? null,
    operator: incubator?.operator ?? '',
    subDistrictCode: incubator?.subDistrictCode ?? null,
    incubatedTarget: incubator?.incubatedTarget ?? null,
    highTechTarget: incubator?.highTechTarget ?? null,
  });
}

/** Puts the plan's targets for an innovation base (≥30 incubated, ≥10 高企) into the form. */
export function usePlanTargets(form: IncubatorForm): void {
  form.patchValue({
    incubatedTarget: PlatformLimits.planBaseIncubated,
    highTechTarget: PlatformLimits.planBaseHighTech,
  });
}

export function toIncubatorRequest(form: IncubatorForm): IncubatorRequest {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    kind: v.kind,
    level: v.level,
    operator: v.operator.trim() || null,
    subDistrictCode: v.subDistrictCode ?? undefined,
    incubatedTarget: v.incubatedTarget,
    highTechTarget: v.highTechTarget,
  };
}
