import { ParamMap, Params } from '@angular/router';
import { QualificationKind } from '../shared/certification-api.service';

/** The kinds in the order the board offers them (高企 first: most applications are 高企). */
export const PIPELINE_KINDS: readonly QualificationKind[] = [
  'HighTech',
  'TechSme',
  'InnovativeSme',
  'SrdiSme',
  'LittleGiant',
];
export const DEFAULT_PIPELINE_KIND: QualificationKind = 'HighTech';
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The board's state, kept in the URL so a link or a reload shows the same board. */
export interface PipelineQuery {
  kind: QualificationKind;
  year: number;
}

export function pipelineQueryFromParams(params: ParamMap, currentYear: number): PipelineQuery {
  const kind = params.get('kind');
  const year = Number(params.get('year'));
  return {
    kind: (PIPELINE_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as QualificationKind)
      : DEFAULT_PIPELINE_KIND,
    year: Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : currentYear,
  };
}

/** Query parameters for a state; defaults (高企, this year) are left out. */
export function pipelineQueryToParams(query: PipelineQuery, currentYear: number): Params {
  return {
    kind: query.kind !== DEFAULT_PIPELINE_KIND ? query.kind : null,
    year: query.year !== currentYear ? query.year : null,
  };
}

/** The batch years offered: next year back to four years ago, and the selected one if outside. */
export function pipelineYears(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: 6 }, (_, i) => currentYear + 1 - i);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}
