/**
 * Lengths of the free texts of the pool's requests. Until the generated client carries the server's
 * limits, these mirror the contract's validators; the server stays the judge (its 400 shows under the field).
 */
export const TEXT_LIMITS = {
  note: 500,
  reason: 1000,
  evidence: 2000,
} as const;
