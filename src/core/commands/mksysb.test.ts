// mksysb — REFERENCE §1.6, §2.23: a backup image of rootvg into a file (-i, -e), the AIX progress lines.
import { describe, expect, it } from 'vitest';
import { trainerMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { mksysb } from './mksysb.ts';

describe('mksysb (REFERENCE §1.6, §2.23)', () => {
  it('parse', () => {
    expect(mksysb.parse(['-i', '/data/x'])).toEqual({ ok: true, value: { imageData: true, exclude: false, target: '/data/x' } });
    expect(mksysb.parse(['-i', '-e', '-X', '/data/x'])).toEqual({ ok: true, value: { imageData: true, exclude: true, target: '/data/x' } });
    expect(mksysb.parse(['/dev/rmt0'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('mksysb', 'a backup to the device /dev/rmt0'), exitCode: 1 } });
    expect(mksysb.parse(['-m', '/data/x'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('mksysb', '-m'), exitCode: 1 } });
  });

  it('writes a mksysb node with a copy of rootvg and prints the AIX lines', () => {
    const s = lab();
    const r = s.exec('mksysb -i /data/aixlab01.sysb');
    expect(r.stdout).toBe(
      '\nCreating information file (/image.data) for rootvg.\n' +
        '\nCreating list of files to back up.\n.\n' +
        'Backing up 58669 files..................' +
        '\n\n58669 of 58669 files backed up (100%)\n' +
        '0512-038 mksysb: Backup Completed Successfully.\n',
    );
    expect(r.exitCode).toBe(0);
    const w = s.world();
    const data = w.vgs[w.disks.d2.vgid!].lvs.find((l) => l.name === 'fslv00')!.fs!;
    const node = data.files['aixlab01.sysb'];
    expect(node.kind).toBe('mksysb');
    if (node.kind !== 'mksysb') return;
    expect(node.image.sourceHost).toBe('aixlab01');
    expect(node.image.os.level).toBe('7200-05-03-2148');
    expect(node.image.lvs.map((l) => l.name)).toEqual(w.vgs[w.disks.d0.vgid!].lvs.map((l) => l.name));
    expect(node.image.lvs).not.toBe(w.vgs[w.disks.d0.vgid!].lvs);
  });

  it('-e leaves out what /etc/exclude.rootvg matches; a full or missing target fails', () => {
    const s = lab('reference-lab', (w) => {
      const hd4 = w.vgs[w.disks.d0.vgid!].lvs.find((l) => l.name === 'hd4')!;
      hd4.fs!.files['etc/exclude.rootvg'] = { kind: 'file', text: '^./tmp/\n' };
    });
    run(s, 'mksysb -e /data/x.sysb');
    const w = s.world();
    const node = w.vgs[w.disks.d2.vgid!].lvs.find((l) => l.name === 'fslv00')!.fs!.files['x.sysb'];
    if (node.kind !== 'mksysb') throw new Error('no image');
    expect(Object.keys(node.image.lvs.find((l) => l.name === 'hd3')!.fs!.files)).toEqual([]);
    expect(run(s, 'mksysb -i /tmp/x.sysb').err).toContain('There is not enough space in the file system.');
    expect(run(s, 'mksysb /nodir/x.sysb').code).toBe(1);
  });

  it('needs bos.sysmgt.sysbr', () => {
    const s = lab();
    run(s, 'lab fileset remove bos.sysmgt.sysbr');
    expect(run(s, 'mksysb /data/x')).toEqual({ out: '', err: 'ksh: mksysb:  not found.\n', code: 127 });
  });
});
