import { ActionProblem } from '../cultivation/shared/action-problem';

/** The wizard's steps, in order: choose a kind, upload (after the template), check the preview, done. */
export const WIZARD_STEPS = ['kind', 'upload', 'preview', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What the file input offers; the server recognises the format by the content anyway. */
export const ACCEPTED_FILES =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Codes with which the server refuses a commit whose file must be checked again. */
const RECHECK_CODES = ['Incubation:ValidationFailed', 'Import:FileChanged'];

/**
 * Whether a refused commit means "the data changed since the preview" (rows now failing, the file
 * not the previewed one, or a code registered meanwhile): the wizard then checks the file again and
 * shows the new report instead of a bare error.
 */
export function needsRecheck(problem: ActionProblem): boolean {
  return (
    problem.kind === 'stale' ||
    (problem.kind === 'refused' && !!problem.code && RECHECK_CODES.includes(problem.code))
  );
}
