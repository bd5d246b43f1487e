// lsfs — REFERENCE §2.15: the /etc/filesystems stanzas with the column widths of field captures; -c, -v;
// lsfs.c's "No record matching" for an unknown name.
import { describe, expect, it } from 'vitest';
import { fsMessages as F } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lsfs } from './lsfs.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('lsfs', () => {
  it.each([
    [[], { ok: true, value: { names: [], vfs: null, colon: false } }],
    [['-a'], { ok: true, value: { names: [], vfs: null, colon: false } }],
    [['-c', '/data'], { ok: true, value: { names: ['/data'], vfs: null, colon: true } }],
    [['-v', 'jfs2'], { ok: true, value: { names: [], vfs: 'jfs2', colon: false } }],
    [['-z'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lsfs', 'z')}\n${F.usage.lsfs}`, exitCode: 1 } }],
    [['-q', '/data'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsfs', '-q'), exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(lsfs.parse(args)).toEqual(expected));

  it('lsfs -a (§2.15 columns)', () => {
    const out = run(lab(), 'lsfs -a').out.split('\n');
    expect(out[0]).toBe('Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting');
    expect(out[1]).toBe('/dev/hd4        --         /                      jfs2  262144  --         yes  no');
    expect(out[7]).toBe('/proc           --         /proc                  procfs --      --         yes  no');
    expect(out[11]).toBe('/dev/fslv00     --         /data                  jfs2  52428800 --         yes  no');
  });

  it('one FS, by device, -c, -v; unknown names and vfs', () => {
    const s = lab();
    expect(run(s, 'lsfs /dev/hd2').out.split('\n')[1]).toBe('/dev/hd2        --         /usr                   jfs2  5242880 --         yes  no');
    expect(run(s, 'lsfs -c /data').out).toBe('#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n/data:/dev/fslv00:jfs2:::52428800::yes:no\n');
    expect(run(s, 'lsfs -v procfs').out.split('\n')).toHaveLength(3);
    expect(run(s, 'lsfs /nope')).toEqual({ out: '', err: "lsfs: No record matching '/nope' was found in /etc/filesystems.\n", code: 1 });
    expect(run(s, 'lsfs -v xfs')).toEqual({ out: '', err: 'lsfs: "xfs" is an unknown vfs type\n', code: 1 });
  });
});
