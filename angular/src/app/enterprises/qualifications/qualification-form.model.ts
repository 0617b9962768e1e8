import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  AddQualificationRequest,
  QualificationKind,
} from '../../cultivation/shared/cultivation-api.service';
import { formatIsoDate } from '../../shared/iso-date';

/** The five kinds, science ladder first (科技型中小企业 → 高新), then the MIIT ladder. */
export const QUALIFICATION_KINDS: readonly QualificationKind[] = [
  'TechSme',
  'HighTech',
  'InnovativeSme',
  'SrdiSme',
  'LittleGiant',
];

/** Mirrors the server's QualificationConsts; the server stays the judge (its 400 shows under the field). */
export const QUALIFICATION_LIMITS = {
  certificateNumber: 64,
  source: 128,
  issuingBody: 128,
} as const;

/** The levels a title may have; left empty, the server takes the kind's usual level. */
export const CERTIFICATE_LEVELS = ['National', 'Provincial', 'City'] as const;
export type CertificateLevelValue = (typeof CERTIFICATE_LEVELS)[number];

/** The end of today, local time: later days are in the future. */
function endOfToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
}

/** A date picker's day after today (for nzDisabledDate). */
export function isFutureDay(date: Date): boolean {
  return date.getTime() > endOfToday().getTime();
}

/** A date not after today (`futureDate` otherwise). */
export function notInFuture(control: AbstractControl<Date | null>): ValidationErrors | null {
  const value = control.value;
  return value instanceof Date && isFutureDay(value) ? { futureDate: true } : null;
}

export function createQualificationForm() {
  return new FormGroup({
    kind: new FormControl<QualificationKind | null>(null, Validators.required),
    certificateNumber: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(QUALIFICATION_LIMITS.certificateNumber),
      ],
    }),
    issuedOn: new FormControl<Date | null>(null, [Validators.required, notInFuture]),
    expiresOn: new FormControl<Date | null>(null),
    source: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(QUALIFICATION_LIMITS.source)],
    }),
    level: new FormControl<CertificateLevelValue | null>(null),
    issuingBody: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(QUALIFICATION_LIMITS.issuingBody)],
    }),
  });
}

export type QualificationForm = ReturnType<typeof createQualificationForm>;

/** The request for a valid form; an empty 有效期 is left out (the server applies the default validity). */
export function toAddRequest(form: QualificationForm): AddQualificationRequest {
  const v = form.getRawValue();
  const expiresOn = formatIsoDate(v.expiresOn);
  const source = v.source.trim();
  return {
    kind: v.kind ?? undefined,
    certificateNumber: v.certificateNumber.trim(),
    issuedOn: formatIsoDate(v.issuedOn) ?? undefined,
    ...(expiresOn ? { expiresOn } : {}),
    source: source || null,
    level: v.level,
    issuingBody: v.issuingBody.trim() || null,
  };
}
