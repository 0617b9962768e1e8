import { convertToParamMap } from '@angular/router';
import { projectQueryFromParams, projectQueryToParams, projectYears } from './project-query';

describe('project query', () => {
  it('reads the filters from the URL and writes them back without defaults', () => {
    const query = projectQueryFromParams(
      convertToParamMap({
        year: '2025',
        status: 'Funded',
        enterprise: 'e1',
        filter: '中试',
        page: '3',
      }),
    );
    expect(query).toEqual({
      year: 2025,
      status: 'Funded',
      enterpriseId: 'e1',
      filter: '中试',
      page: 3,
      size: 20,
    });
    expect(projectQueryToParams(query)).toEqual({
      year: 2025,
      status: 'Funded',
      enterprise: 'e1',
      filter: '中试',
      page: 3,
      size: null,
    });
  });

  it('ignores values a hand-edited URL got wrong', () => {
    const query = projectQueryFromParams(
      convertToParamMap({ year: '20x5', status: 'Paid', page: '-1', size: '1000' }),
    );
    expect([query.year, query.status, query.page, query.size]).toEqual([null, null, 1, 100]);
  });

  it('offers next year back to ten years ago', () => {
    const years = projectYears(new Date(2026, 10, 25));
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2017);
  });
});
