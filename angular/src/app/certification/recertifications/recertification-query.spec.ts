import { convertToParamMap } from '@angular/router';
import {
  chinaYear,
  recertificationFilters,
  recertificationPaging,
  recertificationQueryFromParams,
  recertificationQueryToParams,
  yearOptions,
} from './recertification-query';

describe('re-certification query', () => {
  it('defaults to this year and reads the rest from the URL', () => {
    expect(recertificationQueryFromParams(convertToParamMap({}), 2026)).toEqual({
      year: 2026,
      subDistrictCode: null,
      incubatorId: null,
      page: 1,
      size: 20,
    });
    const query = recertificationQueryFromParams(
      convertToParamMap({
        year: '2027',
        subDistrict: '520103019',
        incubator: 'i1',
        page: '2',
        size: '10',
      }),
      2026,
    );
    expect(recertificationFilters(query)).toEqual({
      year: 2027,
      subDistrictCode: '520103019',
      incubatorId: 'i1',
    });
    expect(recertificationPaging(query)).toEqual({ skipCount: 10, maxResultCount: 10 });
  });

  it('ignores a year that is not one', () => {
    for (const year of ['abc', '1899', '2026.5', '99999']) {
      expect(recertificationQueryFromParams(convertToParamMap({ year }), 2026).year).toBe(2026);
    }
  });

  it('leaves this year and the first page out of the URL', () => {
    const query = recertificationQueryFromParams(convertToParamMap({}), 2026);
    expect(recertificationQueryToParams(query, 2026)).toMatchObject({ year: null, page: null });
    expect(recertificationQueryToParams({ ...query, year: 2025, page: 3 }, 2026)).toMatchObject({
      year: 2025,
      page: 3,
    });
  });

  it('offers two years back to three ahead, and a year outside that when chosen', () => {
    expect(yearOptions(2026, 2026)).toEqual([2029, 2028, 2027, 2026, 2025, 2024]);
    expect(yearOptions(2026, 2019)).toEqual([2029, 2028, 2027, 2026, 2025, 2024, 2019]);
  });

  it('takes the year on the China clock', () => {
    expect(chinaYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(chinaYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });
});
