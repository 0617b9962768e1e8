import { Incubator } from '../shared/platforms-api.service';

/** How far a count is from its target, as a progress bar shows it. */
export interface TargetProgress {
  count: number;
  /** Null when there is no target: the bar is not shown, only the count. */
  target: number | null;
  /** 0–100, capped (a base past its target shows a full bar). */
  percent: number;
  reached: boolean;
  /** The target is the plan's (an innovation base without its own). */
  fromPlan: boolean;
}

export function targetProgress(
  count: number,
  target: number | null | undefined,
  ownTarget: number | null | undefined,
): TargetProgress {
  if (target === null || target === undefined) {
    return { count, target: null, percent: 0, reached: false, fromPlan: false };
  }
  const percent = target <= 0 ? 100 : Math.min(100, Math.round((count / target) * 100));
  return {
    count,
    target,
    percent,
    reached: count >= target,
    fromPlan: ownTarget === null || ownTarget === undefined,
  };
}

export function incubatedProgress(incubator: Incubator): TargetProgress {
  return targetProgress(
    incubator.incubatedCount,
    incubator.effectiveIncubatedTarget,
    incubator.incubatedTarget,
  );
}

export function highTechProgress(incubator: Incubator): TargetProgress {
  return targetProgress(
    incubator.highTechCount,
    incubator.effectiveHighTechTarget,
    incubator.highTechTarget,
  );
}
