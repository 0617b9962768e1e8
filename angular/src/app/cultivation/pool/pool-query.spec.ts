import { convertToParamMap } from '@angular/router';
import { poolQueryFromParams, poolQueryToParams, toPoolRequest } from './pool-query';

describe('pool query', () => {
  it('reads the filters from the URL and ignores what it does not know', () => {
    const query = poolQueryFromParams(
      convertToParamMap({
        stage: 'Key',
        minDays: '90',
        incubator: 'i1',
        sorting: 'stageSince desc',
        page: '3',
        size: '50',
      }),
    );
    expect(query).toMatchObject({ stage: 'Key', minDaysInStage: 90, incubatorId: 'i1', page: 3 });
    expect(toPoolRequest(query)).toMatchObject({
      stage: 'Key',
      minDaysInStage: 90,
      sorting: 'stageSince desc',
      skipCount: 100,
      maxResultCount: 50,
    });

    const junk = poolQueryFromParams(
      convertToParamMap({ stage: 'Gold', minDays: '-1', sorting: 'id; drop' }),
    );
    expect(junk).toMatchObject({ stage: null, minDaysInStage: null, sorting: null, page: 1 });
  });

  it('leaves defaults out of the URL', () => {
    const params = poolQueryToParams(poolQueryFromParams(convertToParamMap({ minDays: '0' })));
    expect(params).toMatchObject({ minDays: 0, page: null, size: null, stage: null });
  });
});
