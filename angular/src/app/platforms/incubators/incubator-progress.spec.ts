import { targetProgress } from './incubator-progress';

describe('targetProgress', () => {
  it('shows the share of the target reached, rounded', () => {
    expect(targetProgress(7, 30, 30)).toEqual({
      count: 7,
      target: 30,
      percent: 23,
      reached: false,
      fromPlan: false,
    });
  });

  it('caps the bar at 100 % once the target is passed', () => {
    expect(targetProgress(12, 10, null)).toEqual({
      count: 12,
      target: 10,
      percent: 100,
      reached: true,
      fromPlan: true,
    });
  });

  it('shows no bar without a target', () => {
    expect(targetProgress(4, null, null)).toEqual({
      count: 4,
      target: null,
      percent: 0,
      reached: false,
      fromPlan: false,
    });
  });

  it('counts a zero target as reached', () => {
    expect(targetProgress(0, 0, 0).percent).toBe(100);
  });
});
