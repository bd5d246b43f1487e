// alt_disk_install — the legacy wrapper (REFERENCE §2.4): its syntax mapped to the modern commands, and
// the output of each mapping equal to the modern command's on the same world.
import { describe, expect, it } from 'vitest';
import { shellMessages } from '../messages/index.ts';
import { checkInvariants } from '../model/invariants.ts';
import { lab as session } from '../testing/lab.ts';
import { ALT_DISK_INSTALL_USAGE, alt_disk_install, mapLegacy } from './alt_disk_install.ts';

const mapped = (line: string) => {
  const r = mapLegacy(line.split(' ').filter(Boolean));
  return r.ok ? r.value.line : r.error.stderr;
};

describe('alt_disk_install mapping (REFERENCE §2.4 table)', () => {
  it.each([
    ['-C hdisk1', 'alt_disk_copy -d hdisk1'],
    ['-C hdisk1 hdisk3', 'alt_disk_copy -d "hdisk1 hdisk3"'],
    ['-C -B hdisk1', 'alt_disk_copy -B -d hdisk1'],
    ['-CB hdisk1', 'alt_disk_copy -B -d hdisk1'],
    ['-C -b update_all -l /export/7200-05-04 hdisk1', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1'],
    ['-C -i /home/image.data -P 1 hdisk2', 'alt_disk_copy -i /home/image.data -P 1 -d hdisk2'],
    ['-d /dev/rmt0 hdisk1', 'alt_disk_mksysb -m /dev/rmt0 -d hdisk1'],
    ['-d /usr/sys/inst.images/aixprod02.sysb -B hdisk1', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -B -d hdisk1'],
    ['-W hdisk1', 'alt_rootvg_op -W -d hdisk1'],
    ['-S', 'alt_rootvg_op -S'],
    ['-X', 'alt_rootvg_op -X'],
    ['-X old_rootvg', 'alt_rootvg_op -X old_rootvg'],
    ['-v image_1 hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1'],
    ['-q hdisk1', 'alt_rootvg_op -q -d hdisk1'],
  ])('alt_disk_install %s → %s', (args, line) => expect(mapped(args)).toBe(line));

  it.each([
    [''], // no operation
    ['-C'], // no target
    ['-C -d /dev/rmt0 hdisk1'], // two operations
    ['-C -p chrp hdisk1'], // -p is for mksysb installs
    ['-d /dev/rmt0 -b update_all hdisk1'], // -b is for clones
    ['-W'], ['-W hdisk1 hdisk3'], ['-S hdisk1'], ['-X a b'], ['-q'], ['-v name'], ['-X -B'],
  ])('%j is a usage error', (args) => expect(mapped(args)).toBe(ALT_DISK_INSTALL_USAGE));

  it('reports a bad flag with libc wording, then the usage', () => {
    expect(mapped('-Z hdisk1')).toBe(`${shellMessages.unknownFlag('alt_disk_install', 'Z')}\n${ALT_DISK_INSTALL_USAGE}`);
    expect(alt_disk_install.parse(['-C', 'hdisk1'])).toEqual({ ok: true, value: { argv: ['alt_disk_copy', '-d', 'hdisk1'], line: 'alt_disk_copy -d hdisk1' } });
  });
});

/** Runs the legacy lines in one session and the modern ones in another: each step prints the same. */
function sameAsModern(pairs: [legacy: string, modern: string][], scenario?: string) {
  const old = session(scenario);
  const now = session(scenario);
  for (const [legacy, modern] of pairs) {
    const a = old.exec(legacy);
    const b = now.exec(modern);
    expect({ out: a.stdout, err: a.stderr, code: a.exitCode, ms: a.durationMs }, legacy).toEqual({ out: b.stdout, err: b.stderr, code: b.exitCode, ms: b.durationMs });
    expect(checkInvariants(old.world())).toEqual([]);
  }
  expect(old.world()).toEqual(now.world());
  // The lifecycle record names the line as typed; everything else is the same.
  const view = (snap: ReturnType<typeof old.snapshot>) => ({ ...snap, lifecycle: { ...snap.lifecycle, recent: snap.lifecycle.recent.map((r) => ({ ...r, command: '' })) } });
  expect(view(old.snapshot())).toEqual(view(now.snapshot()));
  return old;
}

describe('alt_disk_install runs the modern command', () => {
  it('clone, wake, sleep, remove', () => {
    const s = sameAsModern([
      ['alt_disk_install -C hdisk1', 'alt_disk_copy -d hdisk1'],
      ['lspv', 'lspv'],
      ['alt_disk_install -q hdisk1', 'alt_rootvg_op -q -d hdisk1'],
      ['alt_disk_install -W hdisk1', 'alt_rootvg_op -W -d hdisk1'],
      ['alt_disk_install -S', 'alt_rootvg_op -S'],
      ['alt_disk_install -v image_1 hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1'],
      ['alt_disk_install -X image_1', 'alt_rootvg_op -X image_1'],
      ['lspv', 'lspv'],
    ]);
    expect(s.history()[0]).toBe('alt_disk_install -C hdisk1');
  });

  it('the default -X removes altinst_rootvg; -B leaves the bootlist', () => {
    sameAsModern([
      ['alt_disk_install -C -B hdisk1', 'alt_disk_copy -B -d hdisk1'],
      ['bootlist -m normal -o', 'bootlist -m normal -o'],
      ['alt_disk_install -X', 'alt_rootvg_op -X'],
    ]);
  });

  it('clone with updates', () => {
    sameAsModern([['alt_disk_install -C -b update_all -l /export/7200-05-04 hdisk1', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1']]);
  });

  it('errors are the modern command’s', () => {
    const s = session();
    const r = s.exec('alt_disk_install -C hdisk2');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(session().exec('alt_disk_copy -d hdisk2').stderr);
    expect(r.stderr).toMatch(/^0505-126 /);
    expect(s.exec('alt_disk_install -C -r -B hdisk1').stderr).toBe(session().exec('alt_disk_copy -r -B -d hdisk1').stderr);
    sameAsModern([['alt_disk_install -S', 'alt_rootvg_op -S']]);
  });

  it('-d installs a mksysb with alt_disk_mksysb', () => {
    sameAsModern(
      [
        ['alt_disk_install -d /usr/sys/inst.images/aixprod02.sysb hdisk1', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1'],
        ['lspv', 'lspv'],
      ],
      'mksysb-lab',
    );
  });

  it('is part of bos.alt_disk_install.rte and has a manual with the mapping table', () => {
    expect(alt_disk_install.fileset).toBe('bos.alt_disk_install.rte');
    expect(alt_disk_install.manual).toContain('alt_disk_install -d /dev/rmt0 hdisk1     alt_disk_mksysb -m /dev/rmt0 -d hdisk1');
    expect(session().exec('man alt_disk_install').stdout).toContain('alt_rootvg_op -v image_1 -d hdisk1');
  });
});
