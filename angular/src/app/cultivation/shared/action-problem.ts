import { ErrorCodes, problemMessage, toProblemDetails } from '../../core/http/problem-details';

/** What a page should do after a failed action (move, exit, admit, reject, propose …). */
export type ActionProblem =
  /** Someone changed the record first: reload and say so. */
  | { kind: 'stale'; message: string | null }
  /** The server refused (409/422) or rejected the input (400): show the message where the user looks. */
  | {
      kind: 'refused';
      message: string | null;
      code: string | null;
      errors: Record<string, string[]>;
    }
  /** 401, 403, 5xx and network failures: the HTTP interceptor has said it already. */
  | { kind: 'announced' };

export function toActionProblem(error: unknown): ActionProblem {
  const problem = toProblemDetails(error);
  const status = problem.status ?? 0;
  if (status === 409 && problem.code === ErrorCodes.concurrencyConflict) {
    return { kind: 'stale', message: problem.detail ?? null };
  }
  if (status === 0 || status === 401 || status === 403 || status >= 500) {
    return { kind: 'announced' };
  }
  return {
    kind: 'refused',
    message: problemMessage(problem),
    code: problem.code ?? null,
    errors: problem.errors ?? {},
  };
}
