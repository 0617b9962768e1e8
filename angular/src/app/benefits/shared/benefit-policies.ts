/** Policy names of the benefits ledger (granted by the server). */
export const BenefitPolicies = {
  view: 'Incubation.Benefits',
  manage: 'Incubation.Benefits.Manage',
} as const;
