/** Policy names of the certification applications (granted by the server). */
export const ApplicationPolicies = {
  view: 'Incubation.Applications',
  manage: 'Incubation.Applications.Manage',
} as const;
