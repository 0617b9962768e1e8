/**
 * Policy names of the cultivation pool and the qualifications (granted by the server).
 * Kept with the feature until they join `core/auth/policies.ts`.
 */
export const CultivationPolicies = {
  view: 'Incubation.Cultivation',
  propose: 'Incubation.Cultivation.Propose',
  review: 'Incubation.Cultivation.Review',
  manage: 'Incubation.Cultivation.Manage',
  qualifications: 'Incubation.Qualifications',
  qualificationsManage: 'Incubation.Qualifications.Manage',
} as const;
