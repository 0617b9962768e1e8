/** China Standard Time: UTC+8 all year (no daylight saving since 1991), as ChinaTime on the server. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The date in China (Asia/Shanghai) at the given instant, as `yyyy-MM-dd`: the day the server
 * calls today, whatever time zone the browser is set to (a browser on UTC is still on the
 * previous day until 08:00 in Guiyang).
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
