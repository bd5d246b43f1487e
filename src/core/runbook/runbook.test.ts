// The runbook of a rehearsal: pre-checks with their output, steps with durations, the verification after
// the reboot and a back-out rehearsed to the original disk; warnings for a hang; HTML escaped.
import { describe, expect, it } from 'vitest';
import { newSessionState } from '../session/session.ts';
import { lab, run } from '../testing/lab.ts';
import { paste } from '../twin/goldens.ts';
import { twinFromPaste } from '../twin/index.ts';
import { buildRunbook, duration, escapeHtml } from './runbook.ts';

function mirroredTwin() {
  const s = lab('mirrored-lab');
  const cmds = ['lspv', 'lsvg rootvg', 'lsvg -l rootvg', 'lsvg -p rootvg', 'bootlist -m normal -o', 'oslevel -s', 'getconf DISK_SIZE /dev/hdisk2'];
  const t = twinFromPaste(paste('root@aixprod01:/ # ', cmds.map((c) => [c, run(s, c).out.trimEnd()])));
  if (!t.ok) throw new Error(JSON.stringify(t.error));
  return t.value.state;
}

const steps = (...lines: string[]) => lines.map((line) => ({ line }));

describe('runbook', () => {
  it('a clone of a mirrored rootvg, booted: every section, and a back-out to both original disks', () => {
    const b = buildRunbook({
      labName: 'Twin of aixprod01',
      session: mirroredTwin(),
      steps: steps('lspv', 'bootlist -m normal -o', 'alt_disk_copy -d hdisk2 -i /home/image.data', 'shutdown -Fr', 'bootinfo -b', 'lspv'),
    });
    expect(b.hostname).toBe('aixprod01');
    expect(b.preChecks.map((r) => r.line)).toEqual(['lspv', 'bootlist -m normal -o']);
    expect(b.changes.map((r) => r.line)).toEqual(['alt_disk_copy -d hdisk2 -i /home/image.data', 'shutdown -Fr']);
    expect(b.changes[0].durationMs).toBeGreaterThan(60_000);
    expect(b.verification.map((r) => r.line)).toEqual(['bootinfo -b', 'lspv']);
    expect(b.backOut.map((r) => r.line)).toEqual(['bootlist -m normal hdisk0 hdisk1', 'shutdown -Fr', 'alt_rootvg_op -X altinst_rootvg', 'bootlist -m normal hdisk0 hdisk1', 'bootlist -m normal -o']);
    expect(b.backOut.at(-1)!.output).toBe('hdisk0 blv=hd5 pathid=0\nhdisk1 blv=hd5 pathid=0\n');
    expect(b.backOutReaches).toMatch(/^Rehearsed: the system runs from hdisk0 and hdisk1 again/);
    expect(b.warnings).toEqual([]);
    const md = b.markdown;
    for (const text of ['# Change plan: alternate disk rehearsal of aixprod01', '## 1. Pre-checks', '## 2. Steps', '## 3. Verification after the reboot', '## 4. Back-out', 'hdisk0 (20480 MB, PVID 00f6db0a6c7aece5, rootvg)', 'hdisk2 (20480 MB', '`alt_disk_copy -d hdisk2 -i /home/image.data` — about', 'lifecycle noAlternate → altinstAsleep']) {
      expect(md).toContain(text);
    }
    expect(b.html).toContain('<h2>4. Back-out</h2>');
    expect(b.fileName).toBe('runbook-aixprod01.md');
  });

  it('without a reboot: the back-out removes the clone and puts the boot list back; verification is suggested', () => {
    const b = buildRunbook({ labName: 'r', session: newSessionState('reference-lab')!, steps: steps('alt_disk_copy -d hdisk1') });
    expect(b.preChecks).toEqual([]);
    expect(b.backOut.map((r) => r.line)).toEqual(['bootlist -m normal hdisk0', 'alt_rootvg_op -X altinst_rootvg', 'bootlist -m normal -o']);
    expect(b.markdown).toContain('No checks were run before the change in the rehearsal. Run at least:');
    expect(b.markdown).toContain('The rehearsal did not reboot. After the reboot, run:');
  });

  it('nothing changed: nothing to back out', () => {
    const b = buildRunbook({ labName: 'r', session: newSessionState('reference-lab')!, steps: steps('lspv') });
    expect(b.backOut).toEqual([]);
    expect(b.backOutReaches).toMatch(/^Nothing to back out/);
  });

  it('a reboot with the clone awake is a warning; a failed step too', () => {
    const b = buildRunbook({ labName: 'r', session: newSessionState('reference-lab')!, steps: steps('alt_disk_copy -d hdisk9', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr') });
    expect(b.warnings[0]).toMatch(/^Step 1 `alt_disk_copy -d hdisk9` failed in the rehearsal \(exit [1-9]/);
    expect(b.warnings.some((w) => w.startsWith('Step 4 `shutdown -Fr`'))).toBe(true);
    expect(b.markdown).toContain('**Warning:**');
  });

  it('the HTML escapes everything the lab typed', () => {
    const b = buildRunbook({ labName: '<img src=x onerror=alert(1)>', session: newSessionState('reference-lab')!, steps: steps('echo "<script>alert(1)</script>"') });
    expect(b.html).not.toContain('<script>alert');
    expect(b.html).not.toContain('<img');
    expect(b.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('durations in words', () => {
    expect([0, 5_000, 12 * 60_000, 3 * 3_600_000].map(duration)).toEqual(['instant', 'about 5 s', 'about 12 min', 'about 3.0 h']);
  });
});
