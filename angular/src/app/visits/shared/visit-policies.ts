/** Policy names of visits, needs and reminder letters (granted by the server). */
export const VisitPolicies = {
  visits: 'Incubation.Visits',
  visitsCreate: 'Incubation.Visits.Create',
  needs: 'Incubation.Needs',
  needsHandle: 'Incubation.Needs.Handle',
  needsConfirm: 'Incubation.Needs.Confirm',
  needsSupervise: 'Incubation.Needs.Supervise',
  reminderLetters: 'Incubation.ReminderLetters',
  reminderLettersIssue: 'Incubation.ReminderLetters.Issue',
} as const;
