import { convertToParamMap } from '@angular/router';
import { pipelineQueryFromParams, pipelineQueryToParams, pipelineYears } from './pipeline-query';

describe('pipeline query', () => {
  it('defaults to 高企 and this year', () => {
    expect(pipelineQueryFromParams(convertToParamMap({}), 2026)).toEqual({
      kind: 'HighTech',
      year: 2026,
    });
  });

  it('reads the kind and year from the URL', () => {
    expect(
      pipelineQueryFromParams(convertToParamMap({ kind: 'SrdiSme', year: '2025' }), 2026),
    ).toEqual({ kind: 'SrdiSme', year: 2025 });
  });

  it('ignores an unknown kind and a year out of range', () => {
    expect(
      pipelineQueryFromParams(convertToParamMap({ kind: 'Nope', year: '1999x' }), 2026),
    ).toEqual({ kind: 'HighTech', year: 2026 });
    expect(pipelineQueryFromParams(convertToParamMap({ year: '3000' }), 2026).year).toBe(2026);
  });

  it('leaves the defaults out of the URL', () => {
    expect(pipelineQueryToParams({ kind: 'HighTech', year: 2026 }, 2026)).toEqual({
      kind: null,
      year: null,
    });
    expect(pipelineQueryToParams({ kind: 'TechSme', year: 2024 }, 2026)).toEqual({
      kind: 'TechSme',
      year: 2024,
    });
  });

  it('round-trips through the URL', () => {
    const query = { kind: 'LittleGiant', year: 2027 } as const;
    const params = pipelineQueryToParams(query, 2026);
    expect(pipelineQueryFromParams(convertToParamMap(params), 2026)).toEqual(query);
  });

  it('offers next year back to four years ago, plus the selected year', () => {
    expect(pipelineYears(2026, 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(pipelineYears(2026, 2015)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2015]);
  });
});
