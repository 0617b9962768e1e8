import {
  EMPTY_MOVE_DETAILS,
  canDropOn,
  completenessPercent,
  completenessStatus,
  daysSince,
  missingMoveFields,
  moveInputKind,
  moveNeedsInput,
  toMoveInput,
} from './pipeline-display';

describe('pipeline moves', () => {
  it('asks for a certificate for Approved and a reason for Rejected and Withdrawn', () => {
    expect(moveInputKind('Approved')).toBe('certificate');
    expect(moveInputKind('Rejected')).toBe('reason');
    expect(moveInputKind('Withdrawn')).toBe('reason');
    for (const stage of [
      'Candidate',
      'Preparing',
      'Submitted',
      'UnderReview',
      'Publicized',
    ] as const) {
      expect(moveNeedsInput(stage)).toBe(false);
    }
  });

  it('lists what a move still lacks', () => {
    expect(missingMoveFields('Approved', EMPTY_MOVE_DETAILS)).toEqual([
      'certificateNumber',
      'issuedOn',
    ]);
    expect(
      missingMoveFields('Approved', {
        ...EMPTY_MOVE_DETAILS,
        certificateNumber: ' GR2026520001 ',
        issuedOn: '2026-11-20',
      }),
    ).toEqual([]);
    expect(missingMoveFields('Rejected', { ...EMPTY_MOVE_DETAILS, note: '   ' })).toEqual(['note']);
    expect(missingMoveFields('Withdrawn', { ...EMPTY_MOVE_DETAILS, note: '企业放弃' })).toEqual([]);
    expect(missingMoveFields('Submitted', EMPTY_MOVE_DETAILS)).toEqual([]);
  });

  it('sends the certificate fields only for Approved, trimmed', () => {
    expect(
      toMoveInput('Approved', 's1', {
        note: '',
        certificateNumber: ' GR1 ',
        issuedOn: '2026-11-20',
        expiresOn: null,
      }),
    ).toEqual({
      stage: 'Approved',
      concurrencyStamp: 's1',
      note: null,
      certificateNumber: 'GR1',
      issuedOn: '2026-11-20',
      expiresOn: null,
    });
    expect(
      toMoveInput('Rejected', 's2', { ...EMPTY_MOVE_DETAILS, note: ' 研发占比不足 ' }),
    ).toEqual({ stage: 'Rejected', concurrencyStamp: 's2', note: '研发占比不足' });
    expect(toMoveInput('Submitted', 's3')).toEqual({
      stage: 'Submitted',
      concurrencyStamp: 's3',
      note: null,
    });
  });

  it('offers a drop on another column, and only on allowed ones once known', () => {
    expect(canDropOn('Preparing', 'Preparing', null)).toBe(false);
    expect(canDropOn('Preparing', 'Approved', null)).toBe(true);
    expect(canDropOn('Preparing', 'Submitted', ['Submitted', 'Withdrawn'])).toBe(true);
    expect(canDropOn('Preparing', 'Approved', ['Submitted', 'Withdrawn'])).toBe(false);
  });
});

describe('pipeline display', () => {
  it('shows completeness as a clamped whole percentage', () => {
    expect(completenessPercent(0)).toBe(0);
    expect(completenessPercent(0.456)).toBe(46);
    expect(completenessPercent(1)).toBe(100);
    expect(completenessPercent(1.2)).toBe(100);
    expect(completenessPercent(-0.1)).toBe(0);
    expect(completenessPercent(null)).toBe(0);
    expect(completenessPercent(Number.NaN)).toBe(0);
  });

  it('marks a complete application as success', () => {
    expect(completenessStatus(1)).toBe('success');
    expect(completenessStatus(0.99)).toBe('normal');
  });

  it('counts whole days in the stage', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    expect(daysSince('2026-11-25T07:00:00Z', now)).toBe(0);
    expect(daysSince('2026-11-20T08:00:00Z', now)).toBe(5);
    expect(daysSince('2026-12-01T00:00:00Z', now)).toBe(0);
    expect(daysSince('nonsense', now)).toBe(0);
    expect(daysSince(null, now)).toBe(0);
  });
});
