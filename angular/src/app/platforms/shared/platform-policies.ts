/** Policy names of the Platforms module (granted by the server). */
export const PlatformPolicies = {
  view: 'Incubation.Platforms',
  manage: 'Incubation.Platforms.Manage',
} as const;
