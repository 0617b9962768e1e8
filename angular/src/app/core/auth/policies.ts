/** Policy names granted by the server (`auth.grantedPolicies`). */
export const Policies = {
  enterprises: 'Incubation.Enterprises',
  enterprisesCreate: 'Incubation.Enterprises.Create',
  enterprisesUpdate: 'Incubation.Enterprises.Update',
  enterprisesDelete: 'Incubation.Enterprises.Delete',
} as const;
