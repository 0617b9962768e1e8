/** Field limits, mirroring EnterpriseConsts on the server (which enforces them anyway). */
export const EnterpriseLimits = {
  maxNameLength: 128,
  maxLegalRepresentativeLength: 64,
  maxAddressLength: 256,
  maxTagLength: 32,
  maxTags: 20,
  maxContacts: 20,
  maxContactNameLength: 64,
  maxContactTitleLength: 64,
  maxPhoneLength: 32,
  maxEmailLength: 128,
  maxOverrideReasonLength: 256,
  maxRegisteredCapital: 1_000_000_000,
} as const;
