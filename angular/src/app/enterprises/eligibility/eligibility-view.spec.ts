import {
  ASSESSMENT,
  HIGH_TECH,
  LITTLE_GIANT,
  TECH_SME,
  criterion,
  kind,
} from './eligibility.fixtures';
import {
  changedCriteria,
  chinaToday,
  compareResults,
  pointsText,
  scoreBarGeometry,
  splitAtGap,
  sortByKind,
  splitCriteria,
  summarize,
  topGaps,
} from './eligibility-view';

describe('the eligibility summary', () => {
  it('names the first two failed criteria with a gap, conditions before score items', () => {
    expect(topGaps(HIGH_TECH).map((c) => c.code)).toEqual(['HTE.TechStaffShare', 'HTE.RdRatio']);
    expect(topGaps(HIGH_TECH, 5).map((c) => c.code)).toEqual([
      'HTE.TechStaffShare',
      'HTE.RdRatio',
      'HTE.HighTechIncomeShare',
      'HTE.Score.Growth',
    ]);
  });

  it('lists a score item only when no condition has a gap', () => {
    const result = kind('InnovativeSme', {
      criteria: [
        criterion({ code: 'A', passed: false }),
        criterion({
          code: 'S',
          isCondition: false,
          passed: false,
          gap: { value: 3, unit: 'Points', text: '3分' },
        }),
      ],
    });
    expect(topGaps(result).map((c) => c.code)).toEqual(['S']);
  });

  it('gives one line per kind in card order with gaps, other failures and unknowns', () => {
    const lines = summarize(ASSESSMENT.results);

    expect(lines.map((l) => l.kind)).toEqual(['HighTech', 'TechSme', 'LittleGiant']);
    const highTech = lines[0];
    expect(highTech.verdict).toBe('NotEligible');
    expect(highTech.gaps.map((g) => g.gap?.text)).toEqual(['2个百分点', '120万元']);
    expect(highTech.otherFailures).toBe(0);
    expect(highTech.unknown).toBe(1);

    expect(lines[1]).toMatchObject({ verdict: 'Eligible', gaps: [], otherFailures: 0, unknown: 0 });
    // A failed flag has no gap: counted, not listed.
    expect(lines[2]).toMatchObject({ verdict: 'NeedsReview', gaps: [], otherFailures: 1 });
  });

  it('lists no gaps for a kind that is eligible through another route', () => {
    const [line] = summarize([
      kind('TechSme', {
        verdict: 'Eligible',
        criteria: [
          criterion({
            code: 'TechSme.TotalScore',
            passed: false,
            gap: { value: 5, unit: 'Points', text: '5分' },
          }),
          criterion({ code: 'TechSme.Direct.HighTech', passed: true }),
          criterion({ code: 'TechSme.NoMajorIncident', passed: null }),
        ],
      }),
    ]);
    expect(line).toEqual({
      kind: 'TechSme',
      verdict: 'Eligible',
      gaps: [],
      otherFailures: 0,
      unknown: 0,
    });
  });

  it('finds the gap in the sentence that already names it', () => {
    expect(splitAtGap('占比 3.06%，须不低于 5%。还差 210万元。', '210万元')).toEqual({
      before: '占比 3.06%，须不低于 5%。还差 ',
      gap: '210万元',
      after: '。',
    });
    expect(splitAtGap('占比 9.23%，须不低于 10%。还差 2。', '2')).toEqual({
      before: '占比 9.23%，须不低于 10%。还差 ',
      gap: '2',
      after: '。',
    });
    expect(splitAtGap('9.23%; at least 10% required. Short by ¥2.1M.', '¥2.1M')).toEqual({
      before: '9.23%; at least 10% required. Short by ',
      gap: '¥2.1M',
      after: '.',
    });
    expect(splitAtGap('of 130 employees, 9.23%. Short by 2.', '2')?.before).toBe(
      'of 130 employees, 9.23%. Short by ',
    );
    // Never a digit inside another number.
    expect(splitAtGap('科技人员占比 9.23%', '2')).toBeNull();
    expect(splitAtGap('须不低于 12.5%', '2')).toBeNull();
    expect(splitAtGap('缺少数据', '5分')).toBeNull();
    expect(splitAtGap('缺少数据', null)).toBeNull();
  });

  it('sorts the kinds as the cards show them and keeps unknown kinds last', () => {
    const odd = { ...kind('HighTech'), kind: 'Future' as never };
    expect(sortByKind([odd, LITTLE_GIANT, TECH_SME, HIGH_TECH]).map((r) => r.kind)).toEqual([
      'HighTech',
      'TechSme',
      'LittleGiant',
      'Future',
    ]);
  });

  it('splits conditions from score items', () => {
    const { conditions, scoreItems } = splitCriteria(HIGH_TECH.criteria);
    expect(conditions).toHaveLength(5);
    expect(scoreItems.map((c) => c.code)).toEqual(['HTE.Score.Ip', 'HTE.Score.Growth']);
    expect(pointsText(scoreItems[0].points!)).toBe('7–24 / 30');
    expect(pointsText(scoreItems[1].points!)).toBe('10 / 20');
  });
});

describe('the score bar geometry', () => {
  it('places the range as a band and the pass mark as a line on 0–100', () => {
    expect(scoreBarGeometry({ min: 52, max: 78, passMark: 71 })).toEqual({
      bandStart: 52,
      bandWidth: 26,
      passAt: 71,
      outcome: 'open',
    });
  });

  it('says pass when even the low end reaches the mark, fail when not even the high end does', () => {
    expect(scoreBarGeometry({ min: 71, max: 80, passMark: 71 }).outcome).toBe('pass');
    expect(scoreBarGeometry({ min: 40, max: 70, passMark: 71 }).outcome).toBe('fail');
    expect(scoreBarGeometry({ min: 72, max: 72, passMark: 60 })).toMatchObject({
      bandStart: 72,
      bandWidth: 0,
      outcome: 'pass',
    });
  });

  it('scales to another total and clamps what falls outside the bar', () => {
    expect(scoreBarGeometry({ min: 30, max: 45, passMark: 50 }, 50)).toEqual({
      bandStart: 60,
      bandWidth: 30,
      passAt: 100,
      outcome: 'fail',
    });
    expect(scoreBarGeometry({ min: -5, max: 120, passMark: 71 })).toMatchObject({
      bandStart: 0,
      bandWidth: 100,
    });
    // A range sent upside down is read the right way round.
    expect(scoreBarGeometry({ min: 78, max: 52, passMark: 71 })).toMatchObject({
      bandStart: 52,
      bandWidth: 26,
    });
  });
});

describe('the what-if comparison', () => {
  const improved = kind('HighTech', {
    verdict: 'Eligible',
    score: { min: 72, max: 78, passMark: 71 },
    criteria: HIGH_TECH.criteria.map((c) =>
      c.code === 'HTE.RdRatio'
        ? {
            ...c,
            passed: true,
            gap: null,
            actual: { value: 0.052, unit: 'Ratio' as const, text: '5.2%' },
            message: '近三年研发费用占比 5.2%',
          }
        : c,
    ),
  });

  it('shows the verdict and score moving and only the criteria that changed', () => {
    const [highTech, techSme] = compareResults([HIGH_TECH, TECH_SME], [improved, TECH_SME]);

    expect(highTech).toMatchObject({
      kind: 'HighTech',
      before: 'NotEligible',
      after: 'Eligible',
      verdictChanged: true,
      scoreChanged: true,
      direction: 'better',
    });
    expect(highTech.changes).toEqual([
      {
        code: 'HTE.RdRatio',
        message: '近三年研发费用占比 5.2%',
        before: 'failed',
        after: 'passed',
        beforeActual: '3.1%',
        afterActual: '5.2%',
        gap: null,
      },
    ]);
    expect(techSme).toMatchObject({
      verdictChanged: false,
      scoreChanged: false,
      direction: 'same',
      changes: [],
    });
  });

  it('calls a lower score with the same verdict worse, and reads points changes as changes', () => {
    const lower = kind('TechSme', {
      verdict: 'Eligible',
      score: { min: 64, max: 64, passMark: 60 },
      criteria: [
        TECH_SME.criteria[0],
        { ...TECH_SME.criteria[1], points: { min: 22, max: 22, of: 50 } },
      ],
    });
    const [comparison] = compareResults([TECH_SME], [lower]);
    expect(comparison.direction).toBe('worse');
    expect(comparison.verdictChanged).toBe(false);
    expect(comparison.changes.map((c) => c.code)).toEqual(['TSME.Score.Rd']);
  });

  it('lists the criteria whose outcome changed before those whose value changed', () => {
    const changes = changedCriteria(
      [
        criterion({ code: 'A', actual: { value: 1, unit: 'Count', text: '1' } }),
        criterion({ code: 'B', passed: false }),
      ],
      [
        criterion({ code: 'A', actual: { value: 2, unit: 'Count', text: '2' } }),
        criterion({ code: 'B', passed: true }),
      ],
    );
    expect(changes.map((c) => [c.code, c.before, c.after, c.afterActual])).toEqual([
      ['B', 'failed', 'passed', null],
      ['A', 'passed', 'passed', '2'],
    ]);
  });

  it('reports kinds and criteria present on one side only', () => {
    const [highTech, littleGiant] = compareResults(
      [kind('HighTech', { criteria: [criterion({ code: 'OLD' })] })],
      [kind('HighTech', { criteria: [criterion({ code: 'NEW' })] }), LITTLE_GIANT],
    );
    expect(highTech.changes.map((c) => [c.code, c.before, c.after])).toEqual([
      ['NEW', null, 'passed'],
      ['OLD', 'passed', null],
    ]);
    expect(littleGiant).toMatchObject({ before: null, after: 'NeedsReview', direction: 'better' });
  });
});

describe('chinaToday', () => {
  it('is the date in Shanghai, not in the browser', () => {
    // 2026-03-31 17:30 UTC is already 1 April in China.
    expect(chinaToday(new Date(Date.UTC(2026, 2, 31, 17, 30)))).toBe('2026-04-01');
    expect(chinaToday(new Date(Date.UTC(2026, 2, 31, 15, 59)))).toBe('2026-03-31');
  });
});
