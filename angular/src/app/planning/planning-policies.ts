/** Policy names of the targets dashboard (granted by the server). */
export const PlanningPolicies = {
  dashboard: 'Incubation.Planning',
  targets: 'Incubation.Planning.Targets',
} as const;
