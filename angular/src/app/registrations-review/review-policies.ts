/** Policies of the bureau's verification queue (IncubationPermissions.Registrations). */
export const ReviewPolicies = {
  view: 'Incubation.Registrations',
  verify: 'Incubation.Registrations.Verify',
} as const;
