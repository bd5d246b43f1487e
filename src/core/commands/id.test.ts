// id — user and group ids of root, by number or name; 3004-820 for an unknown user.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { id } from './id.ts';

describe('id', () => {
  it('parses its table', () => {
    expect(parseMismatches(id, [
      [['-un'], null],
      [['-u', '-g'], 'usage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]'],
      [['root', 'guest'], 'usage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]'],
      [['-n'], 'usage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]'],
      [['-x'], 'id: Not a recognized flag: x\nusage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]'],
    ])).toEqual([]);
  });

  it('prints ids and names', () => {
    expect(run('id').stdout).toBe('uid=0(root) gid=0(system) groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)\n');
    expect(run('id -un').stdout).toBe('root\n');
    expect(run('id -G').stdout).toBe('0 2 3 7 8 10 11\n');
  });
  it('reports a user not in /etc/passwd', () => {
    expect(run('id guest')).toMatchObject({ stderr: '3004-820 User not found in /etc/passwd file\n', exitCode: 1 });
  });
});
