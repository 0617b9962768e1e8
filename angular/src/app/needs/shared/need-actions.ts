import { NeedAction, NeedStatus } from './needs-api.service';

/** What an action asks the user for (mirrors NeedActionDtoValidator on the server). */
export interface ActionInput {
  /** A text box: required, optional, or none. */
  text: 'required' | 'optional' | 'none';
  /** The text's label key. */
  textLabel: string;
  rating: boolean;
  unit: boolean;
}

const TEXT_REQUIRED: readonly NeedAction[] = [
  'Resolve',
  'Reopen',
  'Transfer',
  'RequestUnresolvable',
  'RejectUnresolvable',
];

export function actionInput(action: NeedAction): ActionInput {
  return {
    text: TEXT_REQUIRED.includes(action) ? 'required' : 'optional',
    textLabel:
      action === 'Resolve'
        ? 'NeedPage:Answer'
        : action === 'Confirm' ||
            action === 'Accept' ||
            action === 'Start' ||
            action === 'ApproveUnresolvable'
          ? 'NeedPage:Comment'
          : 'NeedPage:Reason',
    rating: action === 'Confirm',
    unit: action === 'Transfer',
  };
}

/** Actions that need no input: done at once (the others open a modal). */
export function isImmediate(action: NeedAction): boolean {
  const input = actionInput(action);
  return input.text !== 'required' && !input.rating && !input.unit;
}

/**
 * The board's columns and the action that moves a card into each, from a given status.
 * A drop is offered only where the move exists here and (when known) in the need's allowedActions.
 */
export const BOARD_COLUMNS: readonly NeedStatus[] = [
  'Open',
  'Accepted',
  'InProgress',
  'Reopened',
  'Resolved',
  'UnresolvablePending',
  'Closed',
  'Unresolvable',
];

const MOVES: Partial<Record<NeedStatus, Partial<Record<NeedStatus, NeedAction>>>> = {
  Open: { Accepted: 'Accept' },
  Accepted: {
    InProgress: 'Start',
    Resolved: 'Resolve',
    UnresolvablePending: 'RequestUnresolvable',
  },
  Reopened: {
    InProgress: 'Start',
    Resolved: 'Resolve',
    UnresolvablePending: 'RequestUnresolvable',
  },
  InProgress: { Resolved: 'Resolve', UnresolvablePending: 'RequestUnresolvable' },
  Resolved: { Closed: 'Confirm', Reopened: 'Reopen' },
  UnresolvablePending: { Unresolvable: 'ApproveUnresolvable', InProgress: 'RejectUnresolvable' },
};

/** The action that moves a need from one status to another, or null when no single step does. */
export function moveAction(from: NeedStatus, to: NeedStatus): NeedAction | null {
  return MOVES[from]?.[to] ?? null;
}
