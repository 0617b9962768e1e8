import { Candidate, Criterion } from '../shared/certification-api.service';
import {
  VERDICT_COLORS,
  gapParts,
  scoreStanding,
  scoreText,
  toCandidateRow,
} from './candidate-display';

function criterion(change: Partial<Criterion>): Criterion {
  return {
    code: 'x',
    passed: false,
    actual: null,
    required: null,
    gap: null,
    points: null,
    isCondition: true,
    source: '',
    missingFacts: [],
    message: '',
    ...change,
  };
}

function candidate(change: Partial<Candidate> = {}): Candidate {
  return {
    enterpriseId: 'e1',
    enterpriseName: '贵阳云岩星辰科技有限公司',
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    industryFieldCode: '10101',
    industryFieldName: '基础软件',
    kind: 'SrdiSme',
    verdict: 'NeedsReview',
    scoreMin: 62,
    scoreMax: 78,
    passMark: 60,
    failedCount: 0,
    topGaps: [],
    asOf: '2026-05-01',
    ruleSet: 'MIIT-SRDI@2022',
    ...change,
  };
}

describe('candidate display', () => {
  it('colours the verdicts green, orange and red', () => {
    expect(VERDICT_COLORS).toEqual({
      Eligible: 'green',
      NeedsReview: 'orange',
      NotEligible: 'red',
    });
  });

  it('writes the score range against the pass mark', () => {
    expect(scoreText(62, 78, 60)).toBe('62–78 / 60');
    expect(scoreText(71, 71, 71)).toBe('71 / 71');
    expect(scoreText(55.25, 60, null)).toBe('55.3–60');
    expect(scoreText(null, null, 60)).toBeNull();
  });

  it('places the range against the pass mark', () => {
    expect(scoreStanding(60, 78, 60)).toBe('pass');
    expect(scoreStanding(50, 78, 60)).toBe('borderline');
    expect(scoreStanding(40, 59.5, 60)).toBe('fail');
    expect(scoreStanding(40, 59.5, null)).toBeNull();
  });

  it('cuts a message around its gap figure, or not at all', () => {
    expect(gapParts('研发费用占比 3.1% < 5%。还差 120万元。', '120万元')).toEqual({
      before: '研发费用占比 3.1% < 5%。还差 ',
      gap: '120万元',
      after: '。',
    });
    expect(gapParts('缺少数据：2025年营业收入。', '3%')).toBeNull();
    expect(gapParts('缺少数据。', null)).toBeNull();
    expect(gapParts('缺少数据。', '  ')).toBeNull();
  });

  it('highlights a bare number only where it stands alone', () => {
    expect(gapParts('2024年科技人员 9 人，占比 7.5%，须不低于 10%。还差 4。', '4')?.after).toBe(
      '。',
    );
    expect(gapParts('需达到 1,400 项，差距 4 项。', '4')).toEqual({
      before: '需达到 1,400 项，差距 ',
      gap: '4',
      after: ' 项。',
    });
    expect(gapParts('2024年共 14 项。', '4')).toBeNull();
    expect(gapParts('占比 45%，4.5 分。', '4')).toBeNull();
    expect(gapParts('研发费用 1,312.5万元，还差 312.5万元。', '312.5万元')?.before).toBe(
      '研发费用 1,312.5万元，还差 ',
    );
  });

  it('counts the failed criteria beyond the ones shown, not the undecided ones', () => {
    const row = toCandidateRow(
      candidate({
        failedCount: 4,
        topGaps: [
          criterion({
            code: 'rd',
            message: '研发投入不足，还差 5%。',
            gap: { value: 0.05, unit: 'Ratio', text: '5%' },
          }),
          criterion({ code: 'rev', message: '营业收入不足。' }),
          criterion({ code: 'ip', passed: null, message: '缺少数据：知识产权。' }),
        ],
      }),
      21,
    );
    expect(row.rank).toBe(21);
    expect(row.score).toBe('62–78 / 60');
    expect(row.standing).toBe('pass');
    expect(row.moreFailed).toBe(2);
    expect(row.gaps.map((g) => g.unknown)).toEqual([false, false, true]);
    expect(row.gaps[0].parts?.gap).toBe('5%');
    expect(row.gaps[1].parts).toBeNull();
  });

  it('does not count the routes an eligible enterprise did not take as failures', () => {
    const row = toCandidateRow(candidate({ verdict: 'Eligible', failedCount: 2, topGaps: [] }), 1);
    expect(row.moreFailed).toBe(0);
  });
});
