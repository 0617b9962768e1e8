import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
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
      sorting: null,
      page: null,
      size: null,
    });
  });

  it('maps table sort orders to the whitelisted sorting strings', () => {
    expect(toSorting('establishedOn', 'descend')).toBe('establishedOn desc');
    expect(toSorting('name', 'ascend')).toBe('name');
    expect(toSorting('name', null)).toBeNull();
    expect(parseSorting('creationTime desc')).toEqual({ column: 'creationTime', order: 'descend' });
    expect(parseSorting('name; drop table')).toBeNull();
  });
});
