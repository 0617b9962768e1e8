import { FormControl, FormGroup, Validators } from '@angular/forms';
import { notInFuture } from '../../enterprises/qualifications/qualification-form.model';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import {
  Platform,
  PlatformKind,
  PlatformLevel,
  PlatformLimits,
  PlatformRequest,
  PlatformStatus,
} from '../shared/platforms-api.service';

/** Whether the host is an enterprise of the registry or an institution (exactly one of them). */
export type HostMode = 'enterprise' | 'institution';

export function createPlatformForm() {
  const form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PlatformLimits.name)],
    }),
    kind: new FormControl<PlatformKind | null>(null, Validators.required),
    level: new FormControl<PlatformLevel | null>(null, Validators.required),
    hostMode: new FormControl<HostMode>('enterprise', { nonNullable: true }),
    hostEnterpriseId: new FormControl<string | null>(null),
    hostInstitution: new FormControl('', { nonNullable: true }),
    subDistrictCode: new FormControl<string | null>(null, Validators.required),
    approvalNumber: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PlatformLimits.approvalNumber)],
    }),
    approvedOn: new FormControl<Date | null>(null, [Validators.required, notInFuture]),
    status: new FormControl<PlatformStatus>('Active', { nonNullable: true }),
    endedOn: new FormControl<Date | null>(null),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PlatformLimits.note)],
    }),
  });
  applyRules(form);
  return form;
}

export type PlatformForm = ReturnType<typeof createPlatformForm>;

/**
 * The rules that depend on other fields: the chosen host is required (the other one is not sent),
 * and an end date is required once the platform is revoked or closed.
 */
export function applyRules(form: PlatformForm): void {
  const { hostMode, hostEnterpriseId, hostInstitution, status, endedOn } = form.controls;
  const byEnterprise = hostMode.value === 'enterprise';
  hostEnterpriseId.setValidators(byEnterprise ? Validators.required : null);
  hostInstitution.setValidators(
    byEnterprise
      ? Validators.maxLength(PlatformLimits.hostInstitution)
      : [Validators.required, Validators.maxLength(PlatformLimits.hostInstitution)],
  );
  endedOn.setValidators(status.value === 'Active' ? null : [Validators.required, notInFuture]);
  for (const control of [hostEnterpriseId, hostInstitution, endedOn]) {
    control.updateValueAndValidity({ emitEvent: false });
  }
}

export function fillPlatformForm(form: PlatformForm, platform: Platform | null): void {
  form.reset({
    name: platform?.name ?? '',
    kind: platform?.kind ?? null,
    level: platform?.level ?? null,
    hostMode: platform && !platform.hostEnterpriseId ? 'institution' : 'enterprise',
    hostEnterpriseId: platform?.hostEnterpriseId ?? null,
    hostInstitution: platform?.hostInstitution ?? '',
    subDistrictCode: platform?.subDistrictCode ?? null,
    approvalNumber: platform?.approvalNumber ?? '',
    approvedOn: parseIsoDate(platform?.approvedOn),
    status: platform?.status ?? 'Active',
    endedOn: parseIsoDate(platform?.endedOn),
    note: platform?.note ?? '',
  });
  applyRules(form);
}

/** The request for a valid form: only the chosen host, and an end date only when not active. */
export function toPlatformRequest(form: PlatformForm): PlatformRequest {
  const v = form.getRawValue();
  const byEnterprise = v.hostMode === 'enterprise';
  return {
    name: v.name.trim(),
    kind: v.kind ?? undefined,
    level: v.level ?? undefined,
    hostEnterpriseId: byEnterprise ? v.hostEnterpriseId : null,
    hostInstitution: byEnterprise ? null : v.hostInstitution.trim() || null,
    subDistrictCode: v.subDistrictCode ?? undefined,
    approvalNumber: v.approvalNumber.trim() || null,
    approvedOn: formatIsoDate(v.approvedOn) ?? undefined,
    status: v.status,
    endedOn: v.status === 'Active' ? null : formatIsoDate(v.endedOn),
    note: v.note.trim() || null,
  };
}
