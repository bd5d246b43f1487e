// errpt lists newest first (issue 10 rule 8). "Newest" is the newest RECORD: errpt walks the log by
// sequence number, so after a reboot SYSTEM SHUTDOWN BY USER (written by errdemon once it has started,
// stamped with the time of the shutdown) sits above ERROR LOGGING TURNED ON although its timestamp is
// earlier — as a real AIX 7 errpt of 2024 shows:
//   2BFA76F6   0719113024 T S SYSPROC        SYSTEM SHUTDOWN BY USER
//   9DBCFDEE   0719113124 T O errdemon       ERROR LOGGING TURNED ON
import { describe, expect, it } from 'vitest';
import { lab } from '../testing/lab.ts';

describe('errpt order', () => {
  it('the newest record comes first, across two boots', () => {
    const s = lab();
    s.exec('shutdown -Fr');
    s.exec('shutdown -Fr');
    const ids = s.exec('errpt').stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);
    // second boot (newest) first: RMC started, shutdown by user, logging on; then the first boot's; then
    // the log's oldest records
    expect(ids.slice(0, 7)).toEqual(['A6DF45AA', '2BFA76F6', '9DBCFDEE', '192AC071', 'A6DF45AA', '2BFA76F6', '9DBCFDEE']);
    expect(ids.at(-1)).toBe('9DBCFDEE');
  });
});
