/** Mirrors VisitConsts / NeedConsts of the contract; the server stays the judge (its 400 shows under the field). */
export const VISIT_LIMITS = {
  maxAttendees: 30,
  maxOfficers: 10,
  maxAttachments: 20,
  maxNeeds: 20,
  personName: 64,
  title: 64,
  situation: 2000,
  notes: 4000,
  needDescription: 2000,
  answer: 4000,
} as const;
