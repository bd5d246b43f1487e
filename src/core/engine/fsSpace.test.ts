// A file system has the size of its LV: writes count against it and fail with ENOSPC when it is full
// (AIX: "There is not enough space in the file system."). Long texts are kept as their size only, so a
// file doubled again and again costs the simulator a number, not a string.
import { describe, expect, it } from 'vitest';
import { worldLab } from '../testing/lab.ts';
import { createSession, newSessionState } from '../session/session.ts';
import { restoreSessionState } from '../session/restore.ts';
import { LIMITS } from '../session/worldSchema.ts';
import { fsSizeMB, locate, MAX_FILES_PER_FS, MAX_TEXT_BYTES, putFile, readFile, stat, writeFile, writtenBytes } from './fs.ts';

function lab() {
  const { world, host } = worldLab();
  const tmp = () => locate(world, host, '/tmp')!;
  return { world, host, tmp };
}

describe('writeFile and the size of the file system', () => {
  it('counts written bytes in usedMB and gives them back on truncation', () => {
    const { world, host, tmp } = lab();
    const before = tmp().fs!.usedMB;
    expect(writeFile(world, host, '/tmp/a', 'x'.repeat(100 * 1024), false)).toEqual({ ok: true });
    expect(tmp().fs!.usedMB).toBeCloseTo(before + 100 / 1024, 3);
    expect(writeFile(world, host, '/tmp/a', '', false)).toEqual({ ok: true });
    expect(tmp().fs!.usedMB).toBeCloseTo(before, 3);
  });

  it('keeps a text longer than MAX_TEXT_BYTES as its size only', () => {
    const { world, host } = lab();
    writeFile(world, host, '/tmp/big', 'y'.repeat(MAX_TEXT_BYTES + 1), false);
    const st = stat(world, host, '/tmp/big');
    expect(st?.kind === 'file' && st.node).toEqual({ kind: 'file', sizeKB: MAX_TEXT_BYTES / 1024 + 1 });
    const r = readFile(world, host, '/tmp/big');
    expect(r.ok && r.value).toBe('[257 KB of data not kept by the simulator]\n');
  });

  it('counts a size-only file copied through a pipe at its size, and appending only grows it', () => {
    const { world, host } = lab();
    writeFile(world, host, '/tmp/big', 'y'.repeat(MAX_TEXT_BYTES + 1024), false);
    const placeholder = (readFile(world, host, '/tmp/big') as { ok: true; value: string }).value;
    expect(writtenBytes(placeholder + placeholder)).toBe(2 * 257 * 1024);
    writeFile(world, host, '/tmp/two', placeholder + placeholder, false);
    writeFile(world, host, '/tmp/two', 'tail\n', true);
    const st = stat(world, host, '/tmp/two');
    expect(st?.kind === 'file' && st.node).toEqual({ kind: 'file', sizeKB: 2 * 257 + 1 });
  });

  it('refuses a write the file system has no room for (no-space) and changes nothing', () => {
    const { world, host, tmp } = lab();
    const free = fsSizeMB(world, tmp()) - tmp().fs!.usedMB;
    const kb = Math.ceil(free * 1024) + 1;
    const placeholder = `[${kb} KB of data not kept by the simulator]\n`;
    const before = tmp().fs!.usedMB;
    expect(writeFile(world, host, '/tmp/huge', placeholder, false)).toEqual({ ok: false, error: 'no-space' });
    expect(stat(world, host, '/tmp/huge')).toBeNull();
    expect(tmp().fs!.usedMB).toBe(before);
    expect(putFile(world, host, '/tmp/huge', { kind: 'file', sizeKB: kb })).toEqual({ ok: false, error: 'ENOSPC' });
    // What still fits is written.
    expect(writeFile(world, host, '/tmp/fits', `[${kb - 1024} KB of data not kept by the simulator]\n`, false)).toEqual({ ok: true });
  });
});

describe('a full file system at the console', () => {
  const fill = 'cat /tmp/f /tmp/f /tmp/f /tmp/f > /tmp/g && mv /tmp/g /tmp/f';
  function fullTmp() {
    const s = createSession(newSessionState()!);
    s.exec('echo 0123456789012345678901234567890123456789 > /tmp/f');
    for (let i = 0; i < 11; i++) expect(s.exec(fill).exitCode).toBe(0);
    return s;
  }

  it('a redirection that does not fit: the writing command reports ENOSPC, exit 1', () => {
    const s = fullTmp();
    const r = s.exec('cat /tmp/f /tmp/f > /tmp/g');
    expect(r).toMatchObject({ stdout: '', stderr: 'cat: There is not enough space in the file system.\n', exitCode: 1 });
    expect(s.exec('echo $?').stdout).toBe('1\n');
  });

  it('cp and >> say the same; df shows the space used', () => {
    const s = fullTmp();
    expect(s.exec('cp /tmp/f /tmp/copy')).toMatchObject({ stderr: 'cp: /tmp/copy: There is not enough space in the file system.\n', exitCode: 1 });
    expect(s.exec('cat /tmp/f /tmp/f >> /tmp/f').stderr).toBe('cat: There is not enough space in the file system.\n');
    expect(s.exec('df -m /tmp').stdout).toMatch(/\/dev\/hd3 +256\.00 +80\.00 +69% /);
    expect(s.exec('ls -l /tmp/f').stdout).toMatch(/ 171966464 /);
  });

  it('removing the file frees the space again', () => {
    const s = fullTmp();
    s.exec('rm /tmp/f');
    expect(s.exec('echo small > /tmp/g; cat /tmp/g')).toMatchObject({ stdout: 'small\n', stderr: '' });
  });
});

describe('names and entries a file system takes', () => {
  const long = (n: number) => 'n'.repeat(n);

  it('a name over NAME_MAX (255) or a path over PATH_MAX (1,023) is ENAMETOOLONG; 255 is fine', () => {
    const s = createSession(newSessionState()!);
    expect(s.exec(`touch /tmp/${long(256)}`)).toMatchObject({ stderr: `touch: 0652-046 Cannot create /tmp/${long(256)}.\n`, exitCode: 1 });
    expect(s.exec(`echo x > /tmp/${long(256)}`).stderr).toBe(`The file name is too long.\nksh: /tmp/${long(256)}: 0403-005 Cannot create the specified file.\n`);
    expect(s.exec(`mkdir /tmp/${long(256)}`).stderr).toBe(`mkdir: 0653-358 Cannot create /tmp/${long(256)}.\n/tmp/${long(256)}: The file name is too long.\n`);
    expect(s.exec(`touch /tmp/${long(255)}`).exitCode).toBe(0);
    const deep = Array(5).fill(long(250)).join('/');
    expect(s.exec(`mkdir -p /tmp/${deep}`).stderr).toContain('The file name is too long.');
  });

  it(`one file system holds at most MAX_FILES_PER_FS entries, as many as a saved lab keeps (${MAX_FILES_PER_FS})`, () => {
    expect(MAX_FILES_PER_FS).toBe(LIMITS.filesPerFs);
    const s = createSession(newSessionState()!);
    let last = s.exec('true');
    for (let k = 0; k < 5; k++) last = s.exec('cd /tmp; touch ' + Array.from({ length: 4000 }, (_, i) => `f${k}_${i}`).join(' '));
    expect(last.stderr).toContain('touch: 0652-046 Cannot create f4_3999.\n');
    expect(s.exec('ls /tmp | wc -l').stdout).toBe(`${String(MAX_FILES_PER_FS).padStart(8)}\n`);
    expect(s.exec('echo x > /tmp/one.more').stderr).toBe('There is not enough space in the file system.\nksh: /tmp/one.more: 0403-005 Cannot create the specified file.\n');
    expect(s.exec('rm /tmp/f0_0; touch /tmp/one.more; ls /tmp/one.more').stdout).toBe('/tmp/one.more\n');
    const opened = restoreSessionState(JSON.parse(JSON.stringify(s.state())));
    expect(opened.ok && opened.value.repaired).toEqual([]);
  }, 60_000);
});
