import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { maxItems } from '../../core/forms/validators';
import { ContactForm, createContactForm } from '../../enterprises/shared/contact-form';
import { creditCodeValidator, normalizeCreditCode } from '../../enterprises/shared/credit-code';
import { Enterprise } from '../../enterprises/shared/enterprise-api.service';
import { EnterpriseLimits as L } from '../../enterprises/shared/enterprise-limits';
import { TechField } from '../../lookups/lookups.service';
import { techFieldPath } from '../../lookups/tech-field-tree';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { KeyFieldsDto } from '../../proxy/models';
import { UpdateProfileRequest } from '../shared/portal-api.service';

/*
 * The enterprise's own record as its user edits it. Control names are the server's field names, so
 * 400 field errors land on them as they come. Incubator, officer and tags are the bureau's: not here.
 */
export type ProfileForm = ReturnType<typeof createProfileForm>;

/** The fields the bureau approves before they change. */
export const KEY_FIELDS = [
  'name',
  'unifiedSocialCreditCode',
  'creditCodeOverrideReason',
  'subDistrictCode',
] as const;

export function createProfileForm(fb: NonNullableFormBuilder) {
  return fb.group({
    name: ['', [Validators.required, Validators.maxLength(L.maxNameLength)]],
    unifiedSocialCreditCode: ['', [Validators.required, creditCodeValidator]],
    creditCodeOverrideReason: ['', Validators.maxLength(L.maxOverrideReasonLength)],
    subDistrictCode: fb.control<string | null>(null, Validators.required),
    /** The cascader's path (level 1 → 3); the request takes its last code. */
    industryFieldCode: fb.control<string[] | null>(null, Validators.required),
    legalRepresentative: ['', Validators.maxLength(L.maxLegalRepresentativeLength)],
    establishedOn: fb.control<Date | null>(null),
    registeredCapital: fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(L.maxRegisteredCapital),
    ]),
    address: ['', Validators.maxLength(L.maxAddressLength)],
    contacts: fb.array<ContactForm>([], maxItems(L.maxContacts)),
  });
}

/** Fills the form from the record; key fields are locked while a change of them waits for the bureau. */
export function fillProfileForm(
  form: ProfileForm,
  fb: NonNullableFormBuilder,
  enterprise: Enterprise,
  techFields: readonly TechField[],
  keyFieldsLocked: boolean,
): void {
  form.controls.contacts.clear();
  enterprise.contacts.forEach((c) => form.controls.contacts.push(createContactForm(fb, c)));
  const path = techFieldPath(techFields, enterprise.industryFieldCode);
  form.reset({
    name: enterprise.name,
    unifiedSocialCreditCode: enterprise.unifiedSocialCreditCode,
    creditCodeOverrideReason: enterprise.creditCodeOverrideReason ?? '',
    subDistrictCode: enterprise.subDistrictCode,
    industryFieldCode: path.length > 0 ? path : null,
    legalRepresentative: enterprise.legalRepresentative ?? '',
    establishedOn: parseIsoDate(enterprise.establishedOn),
    registeredCapital:
      enterprise.registeredCapital === null ? null : Number(enterprise.registeredCapital),
    address: enterprise.address ?? '',
  });
  for (const name of KEY_FIELDS) {
    const control = form.controls[name];
    if (keyFieldsLocked) {
      control.disable();
    } else {
      control.enable();
    }
  }
}

/** The request body; blanks become null. Locked key fields go as they are (no change proposed). */
export function toProfileRequest(
  form: ProfileForm,
  concurrencyStamp: string,
): UpdateProfileRequest {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    unifiedSocialCreditCode: normalizeCreditCode(v.unifiedSocialCreditCode),
    creditCodeOverrideReason: blankToNull(v.creditCodeOverrideReason),
    subDistrictCode: v.subDistrictCode ?? '',
    industryFieldCode: v.industryFieldCode?.at(-1) ?? '',
    legalRepresentative: blankToNull(v.legalRepresentative),
    establishedOn: formatIsoDate(v.establishedOn),
    registeredCapital: v.registeredCapital ?? null,
    address: blankToNull(v.address),
    contacts: v.contacts.map((c) => ({
      id: c.id,
      name: c.name.trim(),
      title: blankToNull(c.title),
      phone: blankToNull(c.phone),
      email: blankToNull(c.email),
    })),
    concurrencyStamp,
  };
}

/** One line of a key-field change: what it was and what is asked for. */
export interface KeyFieldDiff {
  label: string;
  before: string;
  after: string;
}

/** The key fields a change touches, labelled with text keys. */
export function keyFieldDiffs(current: KeyFieldsDto, proposed: KeyFieldsDto): KeyFieldDiff[] {
  const rows: KeyFieldDiff[] = [
    { label: 'Enterprise:Name', before: current.name, after: proposed.name },
    {
      label: 'Enterprise:UnifiedSocialCreditCode',
      before: current.unifiedSocialCreditCode,
      after: proposed.unifiedSocialCreditCode,
    },
    {
      label: 'Enterprise:CreditCodeOverrideReason',
      before: current.creditCodeOverrideReason ?? '',
      after: proposed.creditCodeOverrideReason ?? '',
    },
    {
      label: 'Enterprise:SubDistrict',
      before: current.subDistrictName ?? current.subDistrictCode,
      after: proposed.subDistrictName ?? proposed.subDistrictCode,
    },
  ];
  return rows.filter((r) => r.before !== r.after);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
}
