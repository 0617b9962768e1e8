import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { creditCodeValidator, normalizeCreditCode } from '../../enterprises/shared/credit-code';
import { EnterpriseLimits } from '../../enterprises/shared/enterprise-limits';
import { RegisterEnterpriseDto } from '../../proxy/models';
import { matchesPassword, mobileValidator } from '../shared/account-validators';
import { PortalLimits } from '../shared/portal-limits';

/*
 * Control names are the server's field names (RegisterEnterpriseDto, camelCase), so 400 field errors
 * land on them as they come. `confirmPassword` stays on this side.
 */
export type RegisterForm = ReturnType<typeof createRegisterForm>;

export function createRegisterForm(fb: NonNullableFormBuilder) {
  return fb.group({
    unifiedSocialCreditCode: ['', [Validators.required, creditCodeValidator]],
    creditCodeOverrideReason: ['', Validators.maxLength(EnterpriseLimits.maxOverrideReasonLength)],
    enterpriseName: [
      '',
      [Validators.required, Validators.maxLength(EnterpriseLimits.maxNameLength)],
    ],
    subDistrictCode: fb.control<string | null>(null, Validators.required),
    /** The cascader's path (level 1 → 3); the request takes its leaf. */
    industryFieldCode: fb.control<string[] | null>(null, Validators.required),
    contactName: [
      '',
      [Validators.required, Validators.maxLength(PortalLimits.maxContactNameLength)],
    ],
    phoneNumber: [
      '',
      [Validators.required, Validators.maxLength(PortalLimits.maxPhoneLength), mobileValidator],
    ],
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(PortalLimits.maxEmailLength)],
    ],
    password: ['', Validators.required],
    confirmPassword: ['', [Validators.required, matchesPassword]],
    acceptTerms: [false, Validators.requiredTrue],
    challengeAnswer: [
      '',
      [Validators.required, Validators.maxLength(PortalLimits.maxChallengeAnswerLength)],
    ],
  });
}

/** The request body; the override reason goes only with a code whose check character is off. */
export function toRegisterRequest(
  form: RegisterForm,
  challengeToken: string,
  withOverride: boolean,
): RegisterEnterpriseDto {
  const v = form.getRawValue();
  return {
    unifiedSocialCreditCode: normalizeCreditCode(v.unifiedSocialCreditCode),
    creditCodeOverrideReason: withOverride ? v.creditCodeOverrideReason.trim() || null : null,
    enterpriseName: v.enterpriseName.trim(),
    subDistrictCode: v.subDistrictCode ?? '',
    industryFieldCode: v.industryFieldCode?.at(-1) ?? '',
    contactName: v.contactName.trim(),
    phoneNumber: v.phoneNumber.trim(),
    email: v.email.trim(),
    password: v.password,
    acceptTerms: v.acceptTerms,
    challengeToken,
    challengeAnswer: v.challengeAnswer.trim(),
  };
}
