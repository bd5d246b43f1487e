// The simulated file systems: /etc/filesystems from the ODM and back, space and inode accounting,
// directory operations across mounts, /dev.
import { describe, expect, it } from 'vitest';
import {
  devices, listDir, locate, makeDir, putFile, readFile, removeDir, renameWithin, stat, unlinkFile, writeFile,
} from './fs.ts';
import { parseFilesystems, renderFilesystems } from './etcFilesystems.ts';
import { worldLab } from '../testing/lab.ts';

const lab = () => worldLab();

describe('/etc/filesystems', () => {
  it('renders the running ODM: shipped stanzas in their layout, crfs stanzas in the wide one', () => {
    const { world, host } = lab();
    const r = readFile(world, host, '/etc/filesystems');
    expect(r.ok).toBe(true);
    const text = r.ok ? r.value : '';
    expect(text).toContain('/:\n        dev             = /dev/hd4\n        vfs             = jfs2\n        log             = /dev/hd8\n        mount           = automatic\n');
    expect(text).toContain('/home:\n        dev       = /dev/hd1\n        vol       = "/home"\n        mount     = true\n');
    expect(text).toContain('/data:\n        dev             = /dev/fslv00\n        vfs             = jfs2\n        log             = /dev/loglv00\n        mount           = true\n        account         = false\n');
    expect(text.startsWith('* COMPONENT_NAME: CMDFS\n')).toBe(true);
  });

  it('parses its own rendering back to the same stanzas', () => {
    const { world, host } = lab();
    const odm = world.vgs[host.run!.rootVgid].os!.odm;
    expect(parseFilesystems(renderFilesystems(odm.filesystems))).toEqual(odm.filesystems);
  });

  it('writing the file changes the ODM stanzas', () => {
    const { world, host } = lab();
    const r = readFile(world, host, '/etc/filesystems');
    const text = (r.ok ? r.value : '').replace('/data:\n        dev             = /dev/fslv00\n        vfs             = jfs2\n        log             = /dev/loglv00\n        mount           = true', '/data:\n        dev             = /dev/fslv00\n        vfs             = jfs2\n        log             = /dev/loglv00\n        mount           = false');
    expect(writeFile(world, host, '/etc/filesystems', text, false)).toEqual({ ok: true });
    const odm = world.vgs[host.run!.rootVgid].os!.odm;
    expect(odm.filesystems.find((s) => s.mount === '/data')?.auto).toBe(false);
    expect(unlinkFile(world, host, '/etc/filesystems')).toEqual({ ok: false, error: 'EBUSY' });
  });

  it('lists etc/filesystems in /etc', () => {
    const { world, host } = lab();
    expect(listDir(world, host, '/etc').map((e) => e.name)).toContain('filesystems');
  });
});

describe('file operations', () => {
  it('mkdir: EEXIST, ENOENT for a missing parent, ENOTDIR under a file', () => {
    const { world, host } = lab();
    expect(makeDir(world, host, '/tmp/new')).toEqual({ ok: true });
    expect(stat(world, host, '/tmp/new')).toEqual({ kind: 'dir' });
    expect(makeDir(world, host, '/tmp/new')).toEqual({ ok: false, error: 'EEXIST' });
    expect(makeDir(world, host, '/nodir/x')).toEqual({ ok: false, error: 'ENOENT' });
    expect(makeDir(world, host, '/etc/hosts/x')).toEqual({ ok: false, error: 'ENOTDIR' });
    expect(makeDir(world, host, '/proc/x')).toEqual({ ok: false, error: 'EACCES' });
  });

  it('keeps used space and inodes in step, and refuses a copy that does not fit', () => {
    const { world, host } = lab();
    const tmp = locate(world, host, '/tmp/x')!.fs!;
    const used = tmp.usedMB;
    const inodes = tmp.inodesUsed;
    expect(putFile(world, host, '/tmp/big', { kind: 'file', sizeKB: 10 * 1024 })).toEqual({ ok: true });
    expect(tmp.usedMB).toBeCloseTo(used + 10);
    expect(tmp.inodesUsed).toBe(inodes + 1);
    expect(unlinkFile(world, host, '/tmp/big')).toEqual({ ok: true });
    expect(tmp.usedMB).toBeCloseTo(used);
    // /tmp is 8 PPs of 32 MB
    expect(putFile(world, host, '/tmp/huge', { kind: 'file', sizeKB: 300 * 1024 })).toEqual({ ok: false, error: 'ENOSPC' });
  });

  it('rmdir: not empty, a mount point is busy, and an emptied implicit parent stays', () => {
    const { world, host } = lab();
    expect(removeDir(world, host, '/var/adm')).toEqual({ ok: false, error: 'ENOTEMPTY' });
    expect(removeDir(world, host, '/tmp')).toEqual({ ok: false, error: 'EBUSY' });
    makeDir(world, host, '/home/a');
    writeFile(world, host, '/home/a/b/f', 'x', false); // parent missing: not written
    expect(stat(world, host, '/home/a/b/f')).toBeNull();
    putFile(world, host, '/home/a/f', { kind: 'file', text: 'x' });
    expect(unlinkFile(world, host, '/home/a/f')).toEqual({ ok: true });
    expect(stat(world, host, '/home/a')).toEqual({ kind: 'dir' });
    expect(removeDir(world, host, '/home/a')).toEqual({ ok: true });
    expect(stat(world, host, '/home/a')).toBeNull();
  });

  it('renames a tree within a file system and refuses across file systems', () => {
    const { world, host } = lab();
    expect(renameWithin(world, host, '/var/tmp', '/var/tmp2')).toEqual({ ok: true });
    expect(readFile(world, host, '/var/tmp2/keep.me').ok).toBe(true);
    expect(stat(world, host, '/var/tmp')).toBeNull();
    expect(renameWithin(world, host, '/etc/hosts', '/tmp/hosts')).toEqual({ ok: false, error: 'EXDEV' });
  });

  it('shows /dev with null and the configured disks', () => {
    const { world, host } = lab();
    expect(devices(world, host)).toEqual(['null', 'hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', 'rhdisk0', 'rhdisk1', 'rhdisk2', 'rhdisk3']);
    expect(stat(world, host, '/dev')).toEqual({ kind: 'dir' });
    expect(stat(world, host, '/dev/hdisk9')).toBeNull();
    expect(listDir(world, host, '/').map((e) => e.name)).toContain('dev');
    expect(makeDir(world, host, '/dev/x')).toEqual({ ok: false, error: 'EACCES' });
  });
});
