import {
  Criterion,
  EligibilityVerdict,
  KindAssessment,
  QualificationKind,
  ScoreSummary,
} from './eligibility-api.service';

/*
 * What the eligibility panel shows, computed from the server's results: the order of the kinds, the
 * top gaps, the score bar's geometry and the what-if comparison. Texts and measures come from the
 * server already localised; nothing here formats a measure.
 */

/** The order of the cards: the bureau's first question (高企), then the science and the MIIT ladders. */
export const KIND_ORDER: readonly QualificationKind[] = [
  'HighTech',
  'TechSme',
  'InnovativeSme',
  'SrdiSme',
  'LittleGiant',
];

export const VERDICT_COLORS: Record<EligibilityVerdict, string> = {
  Eligible: 'green',
  NotEligible: 'red',
  NeedsReview: 'orange',
};

/** Worse to better, for the what-if direction. */
const VERDICT_RANK: Record<EligibilityVerdict, number> = {
  NotEligible: 0,
  NeedsReview: 1,
  Eligible: 2,
};

export type CriterionStatus = 'passed' | 'failed' | 'unknown';

export function criterionStatus(criterion: Pick<Criterion, 'passed'>): CriterionStatus {
  return criterion.passed === true ? 'passed' : criterion.passed === false ? 'failed' : 'unknown';
}

/** The results in card order; kinds the order does not know go last, as they came. */
export function sortByKind<T extends { kind: QualificationKind }>(results: readonly T[]): T[] {
  const rank = (kind: QualificationKind) => {
    const index = KIND_ORDER.indexOf(kind);
    return index < 0 ? KIND_ORDER.length : index;
  };
  return [...results].sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** Conditions (must all hold) first, then the items that add up to the score. */
export function splitCriteria(criteria: readonly Criterion[]): {
  conditions: Criterion[];
  scoreItems: Criterion[];
} {
  return {
    conditions: criteria.filter((c) => c.isCondition),
    scoreItems: criteria.filter((c) => !c.isCondition),
  };
}

/**
 * The failed criteria that say how much is missing (a gap), conditions before score items, in the
 * rule set's order: what stands between the enterprise and the title.
 */
export function topGaps(result: Pick<KindAssessment, 'criteria'>, max = 2): Criterion[] {
  const withGap = result.criteria.filter((c) => c.passed === false && !!c.gap);
  return [...withGap.filter((c) => c.isCondition), ...withGap.filter((c) => !c.isCondition)].slice(
    0,
    max,
  );
}

export interface KindSummary {
  kind: QualificationKind;
  verdict: EligibilityVerdict;
  gaps: Criterion[];
  /** Failed criteria without a gap (a flag, a held title): counted, not listed. */
  otherFailures: number;
  /** Criteria the data does not decide (missing facts, expert judgement). */
  unknown: number;
}

/** One line per kind for the summary on top of the tab. */
export function summarize(results: readonly KindAssessment[], maxGaps = 2): KindSummary[] {
  return sortByKind(results).map((result) => {
    if (result.verdict === 'Eligible') {
      // A failed alternative (one of several routes) is no gap once the title is within reach.
      return { kind: result.kind, verdict: result.verdict, gaps: [], otherFailures: 0, unknown: 0 };
    }
    const gaps = topGaps(result, maxGaps);
    const failed = result.criteria.filter((c) => c.passed === false);
    return {
      kind: result.kind,
      verdict: result.verdict,
      gaps,
      otherFailures: failed.filter((c) => !c.gap).length,
      unknown: result.criteria.filter((c) => c.isCondition && c.passed == null).length,
    };
  });
}

/**
 * The message cut around the last mention of the gap, to highlight it where the server's sentence
 * already says it ("…还差 210万元。"); null when the sentence does not mention it.
 */
export function splitAtGap(
  message: string,
  gap: string | null | undefined,
): { before: string; gap: string; after: string } | null {
  if (!gap) {
    return null;
  }
  // A whole mention only: the 2 of "还差 2。" or "Short by 2.", not the 2 of "9.23%".
  const digit = /[0-9]/;
  const joined = (next: string, beyond: string) =>
    /[0-9A-Za-z%¥$]/.test(next) || ((next === '.' || next === ',') && digit.test(beyond));
  for (let at = message.lastIndexOf(gap); at >= 0; at = message.lastIndexOf(gap, at - 1)) {
    const end = at + gap.length;
    if (
      !joined(message.charAt(at - 1), message.charAt(at - 2)) &&
      !joined(message.charAt(end), message.charAt(end + 1))
    ) {
      return { before: message.slice(0, at), gap, after: message.slice(end) };
    }
    if (at === 0) {
      break;
    }
  }
  return null;
}

export type ScoreOutcome = 'pass' | 'fail' | 'open';

export interface ScoreBarGeometry {
  /** Percent of the bar's width. */
  bandStart: number;
  bandWidth: number;
  passAt: number;
  /** pass: even the lowest estimate reaches the pass mark; fail: not even the highest; open: it depends. */
  outcome: ScoreOutcome;
}

const clampPercent = (value: number, scale: number) =>
  Math.min(100, Math.max(0, (value / scale) * 100));

/** Where the estimated range and the pass mark sit on a bar from 0 to `scale` points. */
export function scoreBarGeometry(score: ScoreSummary, scale = 100): ScoreBarGeometry {
  const low = Math.min(score.min, score.max);
  const high = Math.max(score.min, score.max);
  const bandStart = clampPercent(low, scale);
  return {
    bandStart,
    bandWidth: clampPercent(high, scale) - bandStart,
    passAt: clampPercent(score.passMark, scale),
    outcome: low >= score.passMark ? 'pass' : high < score.passMark ? 'fail' : 'open',
  };
}

/** "52–78", or "72" when the estimate is exact. */
export function rangeText(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/** "18–24 / 30" for a scored item. */
export function pointsText(points: { min: number; max: number; of: number }): string {
  return `${rangeText(points.min, points.max)} / ${points.of}`;
}

export interface CriterionChange {
  code: string;
  message: string;
  before: CriterionStatus | null;
  after: CriterionStatus | null;
  beforeActual: string | null;
  afterActual: string | null;
  /** The what-if's gap, when it still has one. */
  gap: string | null;
}

export interface KindComparison {
  kind: QualificationKind;
  before: EligibilityVerdict | null;
  after: EligibilityVerdict | null;
  beforeScore: ScoreSummary | null;
  afterScore: ScoreSummary | null;
  verdictChanged: boolean;
  scoreChanged: boolean;
  direction: 'better' | 'worse' | 'same';
  changes: CriterionChange[];
}

function sameScore(a: ScoreSummary | null, b: ScoreSummary | null): boolean {
  return a === b || (!!a && !!b && a.min === b.min && a.max === b.max && a.passMark === b.passMark);
}

function samePoints(a: Criterion['points'], b: Criterion['points']): boolean {
  return a === b || (!!a && !!b && a.min === b.min && a.max === b.max && a.of === b.of);
}

/**
 * The criteria whose outcome, actual value or points differ between the baseline and the what-if,
 * those whose outcome changed first.
 */
export function changedCriteria(
  before: readonly Criterion[],
  after: readonly Criterion[],
): CriterionChange[] {
  const old = new Map(before.map((c) => [c.code, c]));
  const changes: CriterionChange[] = [];
  for (const now of after) {
    const was = old.get(now.code);
    old.delete(now.code);
    if (
      was &&
      was.passed === now.passed &&
      (was.actual?.text ?? null) === (now.actual?.text ?? null) &&
      samePoints(was.points, now.points)
    ) {
      continue;
    }
    changes.push({
      code: now.code,
      message: now.message,
      before: was ? criterionStatus(was) : null,
      after: criterionStatus(now),
      beforeActual: was?.actual?.text ?? null,
      afterActual: now.actual?.text ?? null,
      gap: now.gap?.text ?? null,
    });
  }
  for (const was of old.values()) {
    changes.push({
      code: was.code,
      message: was.message,
      before: criterionStatus(was),
      after: null,
      beforeActual: was.actual?.text ?? null,
      afterActual: null,
      gap: null,
    });
  }
  // Outcomes that moved first, then values that moved within the same outcome.
  const moved = (c: CriterionChange) => (c.before === c.after ? 1 : 0);
  return changes.sort((a, b) => moved(a) - moved(b));
}

/** Per kind: the baseline's and the what-if's verdict and score, and the criteria that changed. */
export function compareResults(
  baseline: readonly KindAssessment[],
  whatIf: readonly KindAssessment[],
): KindComparison[] {
  const kinds = sortByKind(
    [...baseline, ...whatIf].filter(
      (r, i, all) => all.findIndex((other) => other.kind === r.kind) === i,
    ),
  ).map((r) => r.kind);
  return kinds.map((kind) => {
    const was = baseline.find((r) => r.kind === kind) ?? null;
    const now = whatIf.find((r) => r.kind === kind) ?? null;
    const before = was?.verdict ?? null;
    const after = now?.verdict ?? null;
    const rankBefore = before ? VERDICT_RANK[before] : -1;
    const rankAfter = after ? VERDICT_RANK[after] : -1;
    const beforeScore = was?.score ?? null;
    const afterScore = now?.score ?? null;
    const scoreDelta = (afterScore?.min ?? 0) - (beforeScore?.min ?? 0);
    return {
      kind,
      before,
      after,
      beforeScore,
      afterScore,
      verdictChanged: before !== after,
      scoreChanged: !sameScore(beforeScore, afterScore),
      direction:
        rankAfter > rankBefore || (rankAfter === rankBefore && scoreDelta > 0)
          ? 'better'
          : rankAfter < rankBefore || (rankAfter === rankBefore && scoreDelta < 0)
            ? 'worse'
            : 'same',
      changes: changedCriteria(was?.criteria ?? [], now?.criteria ?? []),
    };
  });
}

/** Today's date in China (Asia/Shanghai) as yyyy-MM-dd, whatever the browser's time zone. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA formats a date as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
