import { convertToParamMap } from '@angular/router';
import {
  candidateFilters,
  candidatePaging,
  candidateQueryFromParams,
  candidateQueryToParams,
  isNarrowed,
} from './candidate-query';

describe('candidate query', () => {
  it('reads kind, filters and paging from the URL', () => {
    const query = candidateQueryFromParams(
      convertToParamMap({
        kind: 'HighTech',
        subDistrict: '520103019',
        industryField: '101',
        verdict: 'NeedsReview',
        page: '3',
        size: '50',
      }),
    );
    expect(candidateFilters(query)).toEqual({
      kind: 'HighTech',
      subDistrictCode: '520103019',
      industryFieldCode: '101',
      verdict: 'NeedsReview',
    });
    expect(candidatePaging(query)).toEqual({ skipCount: 100, maxResultCount: 50 });
    expect(isNarrowed(query)).toBe(true);
  });

  it('falls back to 专精特新, no filter and the first page for what it does not know', () => {
    const query = candidateQueryFromParams(
      convertToParamMap({ kind: 'Gold', verdict: 'Maybe', page: '-2', size: '5000' }),
    );
    expect(query).toEqual({
      kind: 'SrdiSme',
      subDistrictCode: null,
      industryFieldCode: null,
      verdict: null,
      page: 1,
      size: 100,
    });
    expect(isNarrowed(query)).toBe(false);
  });

  it('leaves the defaults out of the URL and keeps the rest', () => {
    const defaults = candidateQueryToParams(candidateQueryFromParams(convertToParamMap({})));
    expect(Object.values(defaults).every((v) => v === null)).toBe(true);

    const params = candidateQueryToParams({
      ...candidateQueryFromParams(convertToParamMap({})),
      kind: 'LittleGiant',
      verdict: 'Eligible',
      page: 2,
    });
    expect(params).toMatchObject({ kind: 'LittleGiant', verdict: 'Eligible', page: 2, size: null });
  });
});
