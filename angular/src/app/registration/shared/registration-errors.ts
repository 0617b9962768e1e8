/** Error codes of the sign-up and sign-in of enterprises (IncubationErrorCodes on the server). */
export const RegistrationErrors = {
  /** 403 on login: a self-registered applicant has not opened the confirmation link yet. */
  emailNotConfirmed: 'Incubation:EmailNotConfirmed',
} as const;
