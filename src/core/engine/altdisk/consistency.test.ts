// State that stays consistent around an alternate rootvg (issue 10, rule 8): /etc/filesystems after -X,
// the JFS2 log LV open while the file systems that use it are mounted, and where the forced unmounts fall.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../session/api.ts';
import { lab } from '../../testing/lab.ts';

const all = (s: Session, lines: string[]) => lines.map((l) => s.exec(l));

describe('/etc/filesystems after alt_rootvg_op -X', () => {
  it('no /alt_inst stanza survives -X, even after a reboot while awake and a second wake (O4, O5)', () => {
    const s = lab();
    all(s, ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1']);
    expect(s.exec('lsfs').stdout).toContain('/alt_inst/alt_inst/usr');
    expect(s.exec('alt_rootvg_op -X').exitCode).toBe(0);
    expect(s.exec('lsfs').stdout).not.toContain('/alt_inst');
    expect(s.exec('cat /etc/filesystems').stdout).not.toContain('/alt_inst');
    // the running system's own stanzas stay
    expect(s.exec('lsfs /usr').stdout).toMatch(/\/dev\/hd2\s+--\s+\/usr\s+jfs2/);
  });
});

describe('lsvg -l: the JFS2 log LV is open while file systems using it are mounted (REFERENCE §2.6, §3.7)', () => {
  it('after -P 1 the /alt_inst file systems log to alt_hd8, which shows open/syncd', () => {
    const s = lab();
    s.exec('alt_disk_copy -P 1 -d hdisk1');
    expect(s.exec('lsvg -l altinst_rootvg').stdout).toMatch(/^alt_hd8 +jfs2log +1 +1 +1 +open\/syncd +N\/A$/m);
    expect(s.exec('mount').stdout).toMatch(/\/dev\/alt_hd4 +\/alt_inst +jfs2 .* rw,log=\/dev\/alt_hd8/);
  });
});
