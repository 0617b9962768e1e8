import { FormControl, FormGroup, Validators } from '@angular/forms';
import { notInFuture } from '../../enterprises/qualifications/qualification-form.model';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import {
  BenefitGrant,
  BenefitLimits,
  BenefitPolicy,
  BenefitRequest,
} from '../shared/benefits-api.service';

export function createBenefitForm() {
  return new FormGroup({
    enterpriseId: new FormControl<string | null>(null, Validators.required),
    policy: new FormControl<BenefitPolicy | null>(null, Validators.required),
    batch: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(BenefitLimits.batch)],
    }),
    amount: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(BenefitLimits.maxAmount),
    ]),
    grantedOn: new FormControl<Date | null>(null, [Validators.required, notInFuture]),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(BenefitLimits.note)],
    }),
  });
}

export type BenefitForm = ReturnType<typeof createBenefitForm>;

/** Fills the form; a grant stays with its enterprise, so the enterprise is fixed when editing. */
export function fillBenefitForm(
  form: BenefitForm,
  grant: BenefitGrant | null,
  enterpriseId: string | null = null,
): void {
  form.reset({
    enterpriseId: grant?.enterpriseId ?? enterpriseId,
    policy: grant?.policy ?? null,
    batch: grant?.batch ?? '',
    amount: grant?.amount ?? null,
    grantedOn: parseIsoDate(grant?.grantedOn),
    note: grant?.note ?? '',
  });
  if (grant) {
    form.controls.enterpriseId.disable();
  } else {
    form.controls.enterpriseId.enable();
  }
}

export function toBenefitRequest(form: BenefitForm): BenefitRequest {
  const v = form.getRawValue();
  return {
    enterpriseId: v.enterpriseId ?? undefined,
    policy: v.policy ?? undefined,
    batch: v.batch.trim() || null,
    amount: v.amount ?? undefined,
    grantedOn: formatIsoDate(v.grantedOn) ?? undefined,
    note: v.note.trim() || null,
  };
}
