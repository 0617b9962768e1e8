import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  classificationsOf,
  withClassifications,
  parseSorting,
  queryFromParams,
  queryToParams,
  toListRequest,
  toSorting,
} from './list-query';

describe('list query', () => {
  it('reads the URL and turns it into a request', () => {
    const query = queryFromParams(
      convertToParamMap({
        filter: '科技',
        subDistrict: '520103019',
        sorting: 'name desc',
        page: '3',
        size: '50',
      }),
    );
    expect(toListRequest(query)).toEqual({
      filter: '科技',
      subDistrictCode: '520103019',
      industryFieldCode: null,
      isAboveScale: null,
      isSciTechService: null,
      sorting: 'name desc',
      skipCount: 100,
      maxResultCount: 50,
    });
  });

  it('ignores bad values and caps the page size', () => {
    const query = queryFromParams(
      convertToParamMap({ sorting: 'password', page: '-1', size: '5000' }),
    );
    expect(query).toMatchObject({ sorting: null, page: 1, size: 100 });
  });

  it('leaves defaults out of the URL', () => {
    const query = queryFromParams(convertToParamMap({}));
    expect(query.size).toBe(DEFAULT_PAGE_SIZE);
    expect(queryToParams(query)).toEqual({
      filter: null,
      subDistrict: null,
      industryField: null,
      aboveScale: null,
      sciTech: null,
      sorting: null,
      page: null,
      size: null,
    });
  });

  it('keeps the classification filter in the URL and asks only for the flags chosen', () => {
    const query = queryFromParams(convertToParamMap({ aboveScale: '1', sciTech: '0' }));
    expect(classificationsOf(query)).toEqual(['aboveScale']);
    expect(toListRequest(query)).toMatchObject({ isAboveScale: true, isSciTechService: null });
    const both = { ...query, ...withClassifications(['aboveScale', 'sciTech']) };
    expect(queryToParams(both)).toMatchObject({ aboveScale: '1', sciTech: '1' });
    expect(withClassifications(null)).toEqual({ aboveScale: false, sciTech: false });
  });

  it('maps table sort orders to the whitelisted sorting strings', () => {
    expect(toSorting('establishedOn', 'descend')).toBe('establishedOn desc');
    expect(toSorting('name', 'ascend')).toBe('name');
    expect(toSorting('name', null)).toBeNull();
    expect(parseSorting('creationTime desc')).toEqual({ column: 'creationTime', order: 'descend' });
    expect(parseSorting('name; drop table')).toBeNull();
  });
});
