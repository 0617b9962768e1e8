import { Candidate, EligibilityVerdict } from '../shared/certification-api.service';

/** Tag colours of the engine's verdicts: go, check the data, not (yet). */
export const VERDICT_COLORS: Record<EligibilityVerdict, string> = {
  Eligible: 'green',
  NeedsReview: 'orange',
  NotEligible: 'red',
};

/** Where a possible score range stands against the pass mark. */
export type ScoreStanding = 'pass' | 'borderline' | 'fail';

/**
 * "62–78 / 60": the possible score (a range while expert-judged items are open) against the pass
 * mark; a single number when the range is closed; null for kinds that are not scored.
 */
export function scoreText(
  min: number | null | undefined,
  max: number | null | undefined,
  passMark: number | null | undefined,
): string | null {
  if (min === null || min === undefined || max === null || max === undefined) {
    return null;
  }
  const range = min === max ? fmt(min) : `${fmt(min)}–${fmt(max)}`;
  return passMark === null || passMark === undefined ? range : `${range} / ${fmt(passMark)}`;
}

/** pass: even the lowest possible score passes; fail: even the highest does not; else borderline. */
export function scoreStanding(
  min: number | null | undefined,
  max: number | null | undefined,
  passMark: number | null | undefined,
): ScoreStanding | null {
  if (min == null || max == null || passMark == null) {
    return null;
  }
  return min >= passMark ? 'pass' : max < passMark ? 'fail' : 'borderline';
}

/** A gap message cut around the gap's figure, so that the figure can be highlighted. */
export interface GapParts {
  before: string;
  gap: string;
  after: string;
}

/**
 * The message split at the last occurrence of the gap text that stands on its own (a gap of "4"
 * is not the 4 in "2024" or "1,400"); null when there is none.
 */
export function gapParts(message: string, gapText: string | null | undefined): GapParts | null {
  const gap = gapText?.trim();
  if (!gap) {
    return null;
  }
  const digit = (c: string | undefined) => c !== undefined && /\d/.test(c);
  const separator = (c: string | undefined) => c === '.' || c === ',';
  for (let at = message.lastIndexOf(gap); at >= 0; at = message.lastIndexOf(gap, at - 1)) {
    const end = at + gap.length;
    // A figure glued to more digits ("14", "4.5", "1,400") is part of another number.
    const joinedBefore =
      digit(gap[0]) &&
      (digit(message[at - 1]) || (separator(message[at - 1]) && digit(message[at - 2])));
    const joinedAfter =
      digit(gap.at(-1)) &&
      (digit(message[end]) || (separator(message[end]) && digit(message[end + 1])));
    const alone = !joinedBefore && !joinedAfter;
    if (alone) {
      return { before: message.slice(0, at), gap, after: message.slice(at + gap.length) };
    }
    if (at === 0) {
      break;
    }
  }
  return null;
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** One top gap as the list shows it. */
export interface GapView {
  code: string;
  message: string;
  parts: GapParts | null;
  /** Not failed but not decidable (missing data, expert judgement). */
  unknown: boolean;
}

/** A candidate as a row: its rank on the whole list, its gaps and how many more criteria fail. */
export interface CandidateRow {
  rank: number;
  item: Candidate;
  score: string | null;
  standing: ScoreStanding | null;
  gaps: GapView[];
  moreFailed: number;
}

export function toCandidateRow(item: Candidate, rank: number): CandidateRow {
  const gaps = item.topGaps.map((g) => ({
    code: g.code,
    message: g.message,
    parts: gapParts(g.message, g.gap?.text),
    unknown: g.passed !== false,
  }));
  const shownFailed = item.topGaps.filter((g) => g.passed === false).length;
  return {
    rank,
    item,
    score: scoreText(item.scoreMin, item.scoreMax, item.passMark),
    standing: scoreStanding(item.scoreMin, item.scoreMax, item.passMark),
    gaps,
    // An eligible enterprise's failed criteria are other routes it did not take (直通条件).
    moreFailed: item.verdict === 'Eligible' ? 0 : Math.max(item.failedCount - shownFailed, 0),
  };
}
