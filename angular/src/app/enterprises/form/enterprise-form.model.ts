import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { itemMaxLength, maxItems } from '../../core/forms/validators';
import { TechField } from '../../lookups/lookups.service';
import { techFieldPath } from '../../lookups/tech-field-tree';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { creditCodeValidator, normalizeCreditCode } from '../shared/credit-code';
import { ContactForm, createContactForm } from '../shared/contact-form';
import { CreateEnterpriseRequest, Enterprise } from '../shared/enterprise-api.service';
import { EnterpriseLimits as L } from '../shared/enterprise-limits';

/*
 * Control names are the server's field names, so 400 field errors land on them as they come
 * (`unifiedSocialCreditCode`, `contacts[0].phone`). Contact rows come from shared/contact-form.
 */
export type EnterpriseForm = ReturnType<typeof createEnterpriseForm>;

export function createEnterpriseForm(fb: NonNullableFormBuilder) {
  return fb.group({
    name: ['', [Validators.required, Validators.maxLength(L.maxNameLength)]],
    unifiedSocialCreditCode: ['', [Validators.required, creditCodeValidator]],
    creditCodeOverrideReason: ['', Validators.maxLength(L.maxOverrideReasonLength)],
    legalRepresentative: ['', Validators.maxLength(L.maxLegalRepresentativeLength)],
    establishedOn: fb.control<Date | null>(null),
    registeredCapital: fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(L.maxRegisteredCapital),
    ]),
    subDistrictCode: fb.control<string | null>(null, Validators.required),
    address: ['', Validators.maxLength(L.maxAddressLength)],
    /** The cascader's path (level 1 → 3); the request takes its last code. */
    industryFieldCode: fb.control<string[] | null>(null, Validators.required),
    incubatorId: fb.control<string | null>(null),
    /** 规上 and 科学研究和技术服务业: the statistical classification the targets count. */
    isAboveScale: [false],
    isSciTechService: [false],
    tags: fb.control<string[]>([], [maxItems(L.maxTags), itemMaxLength(L.maxTagLength)]),
    contacts: fb.array<ContactForm>([], maxItems(L.maxContacts)),
  });
}

/** Fills the form from a loaded enterprise (contacts rebuilt, industry field as a cascader path). */
export function fillEnterpriseForm(
  form: EnterpriseForm,
  fb: NonNullableFormBuilder,
  enterprise: Enterprise,
  techFields: readonly TechField[],
): void {
  form.controls.contacts.clear();
  enterprise.contacts.forEach((c) => form.controls.contacts.push(createContactForm(fb, c)));
  form.reset({
    name: enterprise.name,
    unifiedSocialCreditCode: enterprise.unifiedSocialCreditCode,
    creditCodeOverrideReason: enterprise.creditCodeOverrideReason ?? '',
    legalRepresentative: enterprise.legalRepresentative ?? '',
    establishedOn: parseIsoDate(enterprise.establishedOn),
    registeredCapital: toNumber(enterprise.registeredCapital),
    subDistrictCode: enterprise.subDistrictCode,
    address: enterprise.address ?? '',
    industryFieldCode: nonEmpty(techFieldPath(techFields, enterprise.industryFieldCode)),
    incubatorId: enterprise.incubatorId ?? null,
    isAboveScale: enterprise.isAboveScale,
    isSciTechService: enterprise.isSciTechService,
    tags: [...enterprise.tags],
  });
}

/** The request body from the form; blanks become null. */
export function toEnterpriseRequest(
  form: EnterpriseForm,
  responsibleOfficerId: string | null,
): CreateEnterpriseRequest {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    unifiedSocialCreditCode: normalizeCreditCode(v.unifiedSocialCreditCode),
    creditCodeOverrideReason: blankToNull(v.creditCodeOverrideReason),
    legalRepresentative: blankToNull(v.legalRepresentative),
    establishedOn: formatIsoDate(v.establishedOn),
    registeredCapital: v.registeredCapital ?? null,
    subDistrictCode: v.subDistrictCode ?? '',
    address: blankToNull(v.address),
    industryFieldCode: v.industryFieldCode?.at(-1) ?? '',
    incubatorId: v.incubatorId ?? null,
    isAboveScale: v.isAboveScale,
    isSciTechService: v.isSciTechService,
    responsibleOfficerId,
    contacts: v.contacts.map((c) => ({
      id: c.id,
      name: c.name.trim(),
      title: blankToNull(c.title),
      phone: blankToNull(c.phone),
      email: blankToNull(c.email),
    })),
    tags: v.tags.map((t) => t.trim()).filter((t) => t.length > 0),
  };
}

function toNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined || value === '' ? null : Number(value);
}

/** null rather than [] for "nothing chosen", so the cascader shows its placeholder. */
function nonEmpty(path: string[]): string[] | null {
  return path.length > 0 ? path : null;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
}
