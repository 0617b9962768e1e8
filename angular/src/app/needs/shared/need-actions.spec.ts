import { actionInput, isImmediate, moveAction } from './need-actions';

describe('need board moves', () => {
  it('maps a drop on the next column to its step', () => {
    expect(moveAction('Open', 'Accepted')).toBe('Accept');
    expect(moveAction('Accepted', 'InProgress')).toBe('Start');
    expect(moveAction('Reopened', 'InProgress')).toBe('Start');
    expect(moveAction('InProgress', 'Resolved')).toBe('Resolve');
  });

  it('offers no step for moves the workflow does not have', () => {
    expect(moveAction('Open', 'Closed')).toBeNull();
    expect(moveAction('Closed', 'Open')).toBeNull();
    expect(moveAction('Open', 'Open')).toBeNull();
  });

  it('asks for an answer to resolve, a rating to confirm and a unit to transfer', () => {
    expect(actionInput('Resolve')).toMatchObject({ text: 'required', rating: false });
    expect(actionInput('Confirm')).toMatchObject({ text: 'optional', rating: true });
    expect(actionInput('Transfer')).toMatchObject({ text: 'required', unit: true });
    expect(isImmediate('Accept')).toBe(true);
    expect(isImmediate('Resolve')).toBe(false);
  });
});
