/** How close a certificate is to its expiry. */
export type ExpiryStatus = 'expired' | 'urgent' | 'soon' | 'later';

/** Under 90 days is urgent (red), under 180 soon (orange). */
export const URGENT_DAYS = 90;
export const SOON_DAYS = 180;

export function expiryStatus(daysLeft: number): ExpiryStatus {
  return daysLeft < 0
    ? 'expired'
    : daysLeft < URGENT_DAYS
      ? 'urgent'
      : daysLeft < SOON_DAYS
        ? 'soon'
        : 'later';
}

/** What the days-left cell shows: a text key with its number, and a tag colour (null: plain text). */
export interface DaysLeftView {
  status: ExpiryStatus;
  textKey: string;
  days: number;
  color: string | null;
}

const COLORS: Record<ExpiryStatus, string | null> = {
  expired: 'red',
  urgent: 'red',
  soon: 'orange',
  later: null,
};

/** A renewed enterprise holds a later certificate: the old one's expiry is no longer an alarm. */
export function daysLeftView(daysLeft: number, renewed: boolean): DaysLeftView {
  const status = expiryStatus(daysLeft);
  return {
    status,
    textKey:
      status === 'expired'
        ? 'RecertPage:Expired'
        : daysLeft === 0
          ? 'RecertPage:ExpiresToday'
          : 'RecertPage:DaysLeftValue',
    days: Math.abs(daysLeft),
    color: renewed ? null : COLORS[status],
  };
}
