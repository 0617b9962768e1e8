import { HttpErrorResponse } from '@angular/common/http';

/** RFC 7807 problem details as the server sends them; texts already in the user's language. */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  code?: string | null;
  errors?: Record<string, string[]> | null;
}

export const ErrorCodes = {
  concurrencyConflict: 'Incubation:ConcurrencyConflict',
  duplicateCreditCode: 'Incubation:DuplicateCreditCode',
} as const;

/**
 * Reads the problem details of a failed request. The body may arrive parsed or, for calls that expect
 * no content (login), as text.
 */
export function toProblemDetails(error: unknown): ProblemDetails {
  if (!(error instanceof HttpErrorResponse)) {
    return {};
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      body = { detail: body || null };
    }
  }
  const problem = body && typeof body === 'object' ? (body as ProblemDetails) : {};
  return { ...problem, status: problem.status ?? error.status };
}

/** The best single message for a problem: its detail, its title, or the first field error. */
export function problemMessage(problem: ProblemDetails): string | null {
  const firstFieldError = Object.values(problem.errors ?? {}).flat()[0];
  return problem.detail || firstFieldError || problem.title || null;
}
