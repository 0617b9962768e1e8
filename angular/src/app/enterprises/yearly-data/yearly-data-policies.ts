/** Policy names of the yearly data (granted by the server); kept with the feature until they join core. */
export const YearlyDataPolicies = {
  view: 'Incubation.YearlyData',
  edit: 'Incubation.YearlyData.Edit',
  verify: 'Incubation.YearlyData.Verify',
} as const;
