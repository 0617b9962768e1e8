/** Field limits of the portal, mirroring PortalConsts on the server (which enforces them anyway). */
export const PortalLimits = {
  maxContactNameLength: 64,
  maxPhoneLength: 32,
  maxEmailLength: 128,
  maxReasonLength: 500,
  maxChallengeAnswerLength: 8,
  /** A mainland mobile number once spaces, dashes and a leading +86 are gone (PortalConsts.MobilePattern). */
  mobilePattern: /^1[3-9][0-9]{9}$/,
} as const;
