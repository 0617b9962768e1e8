import { daysLeftView, expiryStatus } from './days-left';

describe('days left', () => {
  it('is red under 90 days, orange under 180, expired below zero', () => {
    expect(expiryStatus(-1)).toBe('expired');
    expect(expiryStatus(0)).toBe('urgent');
    expect(expiryStatus(89)).toBe('urgent');
    expect(expiryStatus(90)).toBe('soon');
    expect(expiryStatus(179)).toBe('soon');
    expect(expiryStatus(180)).toBe('later');
  });

  it('says how many days, or how long ago it expired', () => {
    expect(daysLeftView(45, false)).toEqual({
      status: 'urgent',
      textKey: 'RecertPage:DaysLeftValue',
      days: 45,
      color: 'red',
    });
    expect(daysLeftView(120, false).color).toBe('orange');
    expect(daysLeftView(200, false).color).toBeNull();
    expect(daysLeftView(0, false).textKey).toBe('RecertPage:ExpiresToday');
    expect(daysLeftView(-12, false)).toEqual({
      status: 'expired',
      textKey: 'RecertPage:Expired',
      days: 12,
      color: 'red',
    });
  });

  it('raises no alarm for an enterprise that already holds a later certificate', () => {
    expect(daysLeftView(-12, true)).toMatchObject({ status: 'expired', color: null });
    expect(daysLeftView(30, true).color).toBeNull();
  });
});
