/** Policy names of the key tasks (granted by the server). */
export const KeyTaskPolicies = {
  view: 'Incubation.KeyTasks',
  manage: 'Incubation.KeyTasks.Manage',
  progress: 'Incubation.KeyTasks.Progress',
} as const;
