// The consequence preview (issue 16): warnings asked of the rule book, the state left untouched, and
// lines that are declined or bounded. Counted in steps and characters, never timed.
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../session/api.ts';
import { createSession } from '../session/session.ts';
import { lab, labAfter } from '../testing/lab.ts';
import { COMMAND_STEPS } from '../shell/budget.ts';
import { PREVIEW_LIMITS, previewLine, type Preview, type PreviewReady } from './preview.ts';

const stateAfter = (...lines: string[]): SessionState => labAfter(lines).state();

/** Previews a line and checks the state it was given is deep-equal afterwards. */
function look(state: SessionState, line: string): Preview {
  const kept = structuredClone(state);
  const p = previewLine(state, line);
  expect(state).toEqual(kept);
  return p;
}

function ready(p: Preview): PreviewReady {
  if (p.kind !== 'preview') throw new Error(`no preview: ${p.text}`);
  return p;
}

const CLONE = 'alt_disk_copy -d hdisk1';
const WAKE = 'alt_rootvg_op -W -d hdisk1';

describe('what a clone would do', () => {
  it('hdisk1 gets altinst_rootvg, the bootlist hdisk1, a boot image; the lifecycle goes to altinstAsleep; no warning', () => {
    const p = ready(look(stateAfter(), CLONE));
    expect(p).toMatchObject({ exitCode: 0, fails: false, stderr: '', lifecycle: { from: 'noAlternate', to: 'altinstAsleep' }, warnings: [] });
    expect(p.durationMs).toBeGreaterThan(60_000); // a long operation, previewed at its end at once
    const by = (kind: string) => p.changes.filter((c) => c.kind === kind);
    expect(by('disk-vg')).toEqual([expect.objectContaining({ node: 'host:aixlab01/disk:d1', subject: 'hdisk1', from: null, to: 'altinst_rootvg' })]);
    expect(by('bootlist')).toEqual([expect.objectContaining({ node: 'host:aixlab01/firmware', subject: 'normal', from: 'hdisk0 blv=hd5', to: 'hdisk1 blv=hd5' })]);
    expect(by('boot-image').map((c) => c.subject)).toEqual(['hdisk1']);
    expect(by('vg-created')).toEqual([expect.objectContaining({ node: 'host:aixlab01/vg:altinst_rootvg', was: null })]);
    const after = p.after.hosts[0];
    expect(after.disks.find((d) => d.id === 'd1')).toMatchObject({ vg: 'altinst_rootvg', role: 'altinst_rootvg' });
    expect(after.bootlist.normal).toEqual(['hdisk1 blv=hd5']);
  });

  it('a line that would fail: its error, no change', () => {
    const p = ready(look(stateAfter(CLONE), CLONE));
    expect(p.fails).toBe(true);
    expect(p.stderr).not.toBe('');
    expect(p.changes).toEqual([]);
  });
});

describe('warnings come from the rule book', () => {
  it('waking the clone the bootlist points at: a reboot now hangs at 0552 (REBOOT into the alternate → hung.led552)', () => {
    const p = ready(look(stateAfter(CLONE), WAKE));
    expect(p.warnings).toEqual([
      { kind: 'next-boot', node: 'host:aixlab01/firmware', led: '0552', state: 'hung.led552', text: 'The bootlist will point at hdisk1, which is awake: a reboot now hangs at 0552.' },
    ]);
  });

  it('shutdown -Fr and reboot with the clone awake: the boot hangs at LED 0552, said with the machine’s words', () => {
    const awake = stateAfter(CLONE, WAKE);
    for (const line of ['shutdown -Fr', 'reboot']) {
      const p = ready(look(awake, line));
      expect(p.lifecycle.to).toBe('hung.led552');
      expect(p.warnings[0]).toMatchObject({ kind: 'boot-hangs', led: '0552', state: 'hung.led552', node: 'host:aixlab01/disk:d1' });
      expect(p.warnings[0].text).toContain('aixlab01 will hang at LED 0552 booting hdisk1: Hung at LED 0552');
    }
  });

  it('the same reboot with the clone asleep boots the clone: no warning', () => {
    const p = ready(look(stateAfter(CLONE), 'shutdown -Fr'));
    expect(p.lifecycle.to).toBe('onClone.oldAsleep');
    expect(p.warnings).toEqual([]);
  });

  it('pointing the bootlist back at hdisk0 while awake: a reboot now damages the ODM (O4)', () => {
    const p = ready(look(stateAfter(CLONE, WAKE), 'bootlist -m normal hdisk0'));
    expect(p.warnings).toEqual([expect.objectContaining({ kind: 'next-boot', led: null, state: 'odmDamaged' })]);
    expect(p.warnings[0].text).toContain('O4');
  });

  it('importvg of the exported clone: the O6 outcome, said in the machine’s words', () => {
    const p = ready(look(stateAfter('alt_disk_copy -B -d hdisk1', 'exportvg altinst_rootvg'), 'importvg -y clonevg hdisk1'));
    expect(p.lifecycle.to).toBe('mergedOdm');
    expect(p.warnings.map((w) => [w.kind, w.state])).toContainEqual(['damage', 'mergedOdm']);
    expect(p.warnings.find((w) => w.kind === 'damage')!.text).toContain('O6');
  });

  it('mkvg -f over datavg’s disk: its contents are written over', () => {
    const p = ready(look(stateAfter('umount /data', 'varyoffvg datavg', 'exportvg datavg'), 'mkvg -f -y newvg hdisk2'));
    expect(p.warnings).toContainEqual(expect.objectContaining({ kind: 'data-lost', node: 'host:aixlab01/disk:d2' }));
  });

  it('shutdown -F: the host will be powered off', () => {
    const p = ready(look(stateAfter(), 'shutdown -F'));
    expect(p.warnings).toEqual([expect.objectContaining({ kind: 'host-down', text: 'aixlab01 will be powered off: the console takes only trainer commands until it boots.' })]);
  });
});

describe('lines that get no preview', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['undo', 'trainer-command'],
    ['lspv; reset', 'trainer-command'],
    ['/usr/bin/lab disk add 10G', 'trainer-command'],
    ['lspv | timeline', 'trainer-command'],
    ['clear', 'trainer-command'],
    ['smitty alt_clone', 'interactive'],
  ])('%j → %s', (line, reason) => {
    expect(look(stateAfter(), line)).toMatchObject({ kind: 'none', reason });
  });

  it('an answer to a console question is not previewed', () => {
    const s = lab();
    s.exec('reset');
    expect(look(s.state(), 'y')).toMatchObject({ kind: 'none', reason: 'pending' });
  });

  it('a command hidden in a variable is previewed on the copy like any line, and the lab is untouched', () => {
    const p = ready(look(stateAfter('X=reset'), '$X'));
    expect(p.after.prompt).not.toBe('# '); // reset asks its question on the copy
  });
});

describe('hostile lines are bounded', () => {
  it('a 1 MB line is not previewed while typing', () => {
    const p = look(stateAfter(), `echo ${'x'.repeat(1 << 20)}`);
    expect(p).toMatchObject({ kind: 'none', reason: 'too-long' });
  });

  it('more commands than a preview runs: declined', () => {
    const line = Array(PREVIEW_LIMITS.commands + 1).fill('lspv').join(' | ');
    expect(look(stateAfter(), line)).toMatchObject({ kind: 'none', reason: 'too-many-commands' });
  });

  it('rm -r / runs on the copy only', () => {
    const state = stateAfter();
    const p = ready(look(state, 'rm -r /'));
    expect(p.changes.length).toBeGreaterThan(0);
    expect(look(state, 'ls /etc/hosts')).toMatchObject({ kind: 'preview', exitCode: 0 });
  });

  it('output is cut at PREVIEW_LIMITS.outputChars', () => {
    const state = stateAfter(`echo ${'x'.repeat(1023)} > /tmp/f`, 'cat /tmp/f /tmp/f /tmp/f /tmp/f > /tmp/g', 'cat /tmp/g /tmp/g /tmp/g /tmp/g > /tmp/f');
    const p = ready(look(state, 'cat /tmp/f /tmp/f'));
    expect(p.stdout.length).toBe(PREVIEW_LIMITS.outputChars);
  });

  it('a regex that would backtrack for ever: declined once the line has used the preview’s steps', () => {
    const grep = `echo ${'a'.repeat(60)}c | grep '\\(a*\\)*\\(a*\\)*\\(a*\\)*b\\1'`;
    expect(look(stateAfter(), grep)).toMatchObject({ kind: 'none', reason: 'too-much-work' });
    // Eight of them in one line cost the preview no more than one: the ceiling is the whole line's.
    expect(look(stateAfter(), Array(8).fill(grep).join('; '))).toMatchObject({ kind: 'none', reason: 'too-much-work' });
  }, 180_000);

  it('a line within the preview’s ceiling is previewed as Enter ends it', () => {
    expect(PREVIEW_LIMITS.steps).toBeLessThan(COMMAND_STEPS); // the whole line's ceiling is below one command's budget
    const line = `echo ${'a'.repeat(40)} | grep -E '(a+)+b'`;
    const state = stateAfter();
    const real = createSession(state).exec(line);
    expect(ready(look(state, line))).toMatchObject({ exitCode: real.exitCode, stdout: real.stdout, stderr: real.stderr });
  });

  it('a variable doubled until the shell refuses it, and unsupported shell syntax: answered, bounded', () => {
    const double = ['X=xxxxxxxxxxxxxxxx', ...Array(12).fill('X=$X$X$X$X')].join('; ');
    expect(look(stateAfter(), double)).toMatchObject({ kind: 'none', reason: 'too-much-work' });
    expect(ready(look(stateAfter(), 'lspv & lspv &'))).toMatchObject({ fails: true, changes: [] });
    expect(ready(look(stateAfter(), '$(lspv)'))).toMatchObject({ changes: [] });
  });
});
