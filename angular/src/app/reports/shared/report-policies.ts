/** Policy names of the 半年通报 (granted by the server). */
export const ReportPolicies = {
  view: 'Incubation.Reports',
  issue: 'Incubation.Reports.Issue',
} as const;
