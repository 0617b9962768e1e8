import { convertToParamMap } from '@angular/router';
import { visitQueryFromParams, visitQueryToParams } from './visit-query';

describe('visit query', () => {
  it('keeps the officer filter in the URL and reads it back', () => {
    const query = visitQueryFromParams(
      convertToParamMap({ officer: 'o1', kind: 'Phone', page: '2' }),
    );

    expect(query.officerId).toBe('o1');
    expect(visitQueryToParams(query)).toMatchObject({ officer: 'o1', kind: 'Phone', page: 2 });
  });

  it('has no officer filter when the URL names none', () => {
    const query = visitQueryFromParams(convertToParamMap({}));

    expect(query.officerId).toBeNull();
    expect(visitQueryToParams(query)['officer']).toBeNull();
  });
});
