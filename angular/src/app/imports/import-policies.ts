/** The bureau administrator's spreadsheet import (`Incubation.Imports`). */
export const ImportPolicies = {
  import: 'Incubation.Imports',
} as const;
