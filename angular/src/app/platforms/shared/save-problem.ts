import { AbstractControl } from '@angular/forms';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { applyServerErrors } from '../../core/forms/server-errors';

/** What a form shows after a refused save. */
export type SaveProblem =
  /** Someone changed the record first: the form reloads it and says so. */
  | { kind: 'stale'; message: string | null }
  /** Field errors are on their controls; `message` holds what no control matched, or the refusal. */
  | { kind: 'shown'; message: string | null }
  /** 401, 403, 5xx and network failures: the HTTP interceptor has said it already. */
  | { kind: 'announced' };

/** Puts a 400's field errors under their fields and sorts the rest into what the form should say. */
export function toSaveProblem(form: AbstractControl, error: unknown): SaveProblem {
  const problem = toActionProblem(error);
  if (problem.kind !== 'refused') {
    return problem;
  }
  if (Object.keys(problem.errors).length > 0) {
    const unmatched = applyServerErrors(form, problem.errors);
    return { kind: 'shown', message: unmatched.length > 0 ? unmatched.join(' ') : null };
  }
  return { kind: 'shown', message: problem.message };
}
