// Calendar arithmetic on simulated epoch milliseconds (UTC). The core never reads the real clock.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CivilTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

/** Days-from-civil inverse (Howard Hinnant's algorithm), valid for the whole proleptic Gregorian range. */
export function civil(ms: number): CivilTime {
  const days = Math.floor(ms / 86_400_000);
  const secOfDay = Math.floor((ms - days * 86_400_000) / 1000);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

export function epochMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `date` style: "Wed Jun  5 10:12:01 UTC 2024". */
export function formatDate(ms: number): string {
  const t = civil(ms);
  return `${DAYS[t.weekday]} ${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)} UTC ${t.year}`;
}

/** `mount` column: "Nov 07 19:11". */
export function formatMountDate(ms: number): string {
  const t = civil(ms);
  return `${MONTHS[t.month - 1]} ${pad2(t.day)} ${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** Boot banner: "05:56:13 04/20/2019". */
export function formatBannerTime(ms: number): string {
  const t = civil(ms);
  return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)} ${pad2(t.month)}/${pad2(t.day)}/${t.year}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

export function dayName(weekday: number): string {
  return DAYS[weekday];
}

export const MINUTE = 60_000;
export const SECOND = 1000;
