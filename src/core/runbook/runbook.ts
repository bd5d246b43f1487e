// The rehearsal as a change plan (issue 15): the lab's steps replayed from its start, sorted into
// pre-checks (with the output seen), change steps (expected output, abbreviated, and the duration at
// real speed), the verification after the reboot and a back-out that is itself rehearsed on a copy of
// the end state (bootlist to the original disk, reboot, alt_rootvg_op -X) until the lifecycle machine
// says the system runs from its original disk with no alternate defined. Warnings for steps that hung or
// damaged the lab. Pure: Markdown and printable HTML (every text escaped) are strings.
import { stateDescription } from '../lifecycle/index.ts';
import { consoleHost, runningOdm } from '../model/select.ts';
import type { World } from '../model/types.ts';
import type { SessionState } from '../session/api.ts';
import { createSession } from '../session/session.ts';
import type { ExecResult } from '../session/types.ts';
import { groupOf, type StepGroup } from '../timeline/groups.ts';
import { startState, type TimelineStep } from '../timeline/replay.ts';

export interface RunbookInput {
  labName: string;
  /** Any state of the lab: its start world is what the steps are replayed from. */
  session: SessionState;
  /** The steps in effect (undone ones left out). */
  steps: readonly TimelineStep[];
}

export interface RunbookStep {
  line: string;
  exitCode: number;
  output: string;
  durationMs: number;
  from: string;
  to: string;
  group: StepGroup;
  warning: string | null;
}

export interface Runbook {
  hostname: string;
  disks: string[];
  preChecks: RunbookStep[];
  changes: RunbookStep[];
  verification: RunbookStep[];
  backOut: RunbookStep[];
  /** Whether the rehearsed back-out ended on the original disk with no alternate defined. */
  backOutReaches: string;
  warnings: string[];
  markdown: string;
  html: string;
  fileName: string;
}

/** Most steps a runbook replays (a longer lab keeps its newest). */
export const MAX_RUNBOOK_STEPS = 400;
const OUTPUT_LINES = 12;
const CHECKS = new Set(['lspv', 'lsvg', 'lslv', 'oslevel', 'lslpp', 'bootinfo', 'getconf', 'lsattr', 'df', 'emgr', 'errpt', 'lsdev', 'lsps', 'lscfg', 'cat', 'ls', 'hostname', 'date', 'id', 'instfix', 'history', 'lsmksysb', 'lqueryvg', 'lquerypv', 'head', 'grep', 'more', 'echo', 'lspath', 'lsfs', 'uname', 'pwd', 'man', 'help']);
const DAMAGE = new Set(['odmDamaged', 'doubledNames', 'doubledNamesAsleep', 'partialClone', 'variedOnEmpty']);
const CLEAN = new Set(['noAlternate', 'cloneRemoved', 'oldRemoved', 'keptImage']);

function isCheck(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words[0] === 'bootlist') return words.includes('-o') && !words.some((w) => /^hdisk\d+$/.test(w));
  if (words[0] === 'mount') return words.length === 1;
  return CHECKS.has(words[0] ?? '') && !/[>]/.test(line);
}

function diskName(world: World, diskId: string): string {
  const host = consoleHost(world);
  const odm = runningOdm(world, host);
  return odm?.disks.find((d) => d.diskId === diskId)?.name ?? diskId;
}

/** Runs one step on a session, tracking the lifecycle through its events. */
function runStep(s: ReturnType<typeof createSession>, step: TimelineStep, lifecycle: string): RunbookStep {
  const powerBefore = consoleHost(s.world()).power;
  let r: ExecResult = s.exec(step.line);
  if (step.cutAtMs !== undefined) r = s.interruptLast(step.cutAtMs) ?? r;
  let to = lifecycle;
  for (const e of r.events) if (e.type === 'lifecycle') to = e.to;
  const host = consoleHost(s.world());
  const group = groupOf(step.line, r.events, lifecycle, to, powerBefore, r.exitCode);
  let warning: string | null = null;
  if (group === 'hang' || (host.power === 'hung' && powerBefore !== 'hung')) warning = `led to a hang (LED ${host.led ?? '----'}${host.hangReason ? `: ${host.hangReason}` : ''})`;
  else if (DAMAGE.has(to) && to !== lifecycle) warning = `left the lab damaged: ${stateDescription(to) ?? to}`;
  else if (step.cutAtMs !== undefined) warning = 'was cut short (Ctrl-C or a closed tab) in the rehearsal';
  else if (r.exitCode !== 0) warning = `failed in the rehearsal (exit ${r.exitCode})${r.stderr.trim() ? `: ${r.stderr.trim().split('\n')[0].slice(0, 160)}` : ''}`;
  return { line: step.line, exitCode: r.exitCode, output: r.stdout + r.stderr, durationMs: r.durationMs, from: lifecycle, to, group, warning };
}

/** The back-out rehearsed on a copy of the end state: bootlist to the original disk(s), reboot, -X. */
function rehearseBackOut(end: SessionState, original: { disks: string[]; blv: string; diskIds: string[] }, lifecycle: string): { steps: RunbookStep[]; reaches: string } {
  const s = createSession(structuredClone(end));
  const steps: RunbookStep[] = [];
  let state = lifecycle;
  const run = (line: string) => {
    const r = runStep(s, { line }, state);
    state = r.to;
    steps.push(r);
  };
  const world = () => s.world();
  const host = () => consoleHost(world());
  const onOriginal = () => host().run !== null && original.diskIds.includes(host().run!.bootDiskId);
  if (CLEAN.has(state) && onOriginal() && sameBootlist(world(), original.diskIds)) return { steps, reaches: 'Nothing to back out: the system runs from its original disk and no alternate rootvg is defined.' };
  if (!sameBootlist(world(), original.diskIds)) run(`bootlist -m normal ${original.disks.join(' ')}`);
  if (!onOriginal()) run('shutdown -Fr');
  const odm = runningOdm(world(), host());
  const alt = odm?.vgs.find((v) => v.name === 'altinst_rootvg' || v.name === 'old_rootvg');
  if (alt && host().power === 'running') run(`alt_rootvg_op -X ${alt.name}`);
  // -X sets the boot list to the boot disk alone: a mirrored rootvg needs both disks back in it
  if (steps.length > 0 && !sameBootlist(world(), original.diskIds)) run(`bootlist -m normal ${original.disks.join(' ')}`);
  if (steps.length > 0) run('bootlist -m normal -o');
  const ok = onOriginal() && CLEAN.has(state) && steps.every((x) => x.exitCode === 0);
  const reaches = ok
    ? `Rehearsed: the system runs from ${original.disks.join(' and ')} again with no alternate rootvg defined (lifecycle: ${state}).`
    : `The rehearsed back-out did not return to the start cleanly (lifecycle: ${state}); check the warnings before the change.`;
  return { steps, reaches };
}

function sameBootlist(world: World, diskIds: string[]): boolean {
  const list = consoleHost(world).nvram.normal.map((b) => b.diskId);
  return list.length === diskIds.length && list.every((d, i) => d === diskIds[i]);
}

export function buildRunbook(input: RunbookInput): Runbook {
  const start = startState(input.session);
  const world0 = start.world;
  const host0 = consoleHost(world0);
  const odm0 = runningOdm(world0, host0);
  const hostname = (host0.run ? world0.vgs[host0.run.rootVgid]?.os?.hostname : null) ?? host0.name;
  const disks = (odm0?.disks ?? []).map((d) => {
    const disk = world0.disks[d.diskId];
    const vg = disk?.vgid ? (odm0?.vgs.find((v) => v.vgid === disk.vgid)?.name ?? 'None') : 'None';
    return `${d.name} (${disk ? `${disk.sizeMB} MB, ` : ''}PVID ${d.pvid ?? 'none'}, ${vg})`;
  });
  const bootIds = host0.nvram.normal.map((b) => b.diskId);
  const original = { diskIds: bootIds, disks: bootIds.map((id) => diskName(world0, id)), blv: host0.nvram.normal[0]?.blv ?? 'hd5' };

  const s = createSession(start);
  let lifecycle = start.lifecycle.state;
  const ran: RunbookStep[] = [];
  for (const step of input.steps.slice(-MAX_RUNBOOK_STEPS)) {
    const r = runStep(s, step, lifecycle);
    lifecycle = r.to;
    ran.push(r);
  }
  const firstChange = ran.findIndex((r) => !isCheck(r.line) || r.group !== 'other' || r.from !== r.to);
  const lastReboot = ran.map((r) => r.group === 'reboot').lastIndexOf(true);
  const preChecks = firstChange < 0 ? ran : ran.slice(0, firstChange);
  const changeEnd = lastReboot >= Math.max(0, firstChange) ? lastReboot + 1 : ran.length;
  const changes = firstChange < 0 ? [] : ran.slice(firstChange, changeEnd);
  const verification = firstChange < 0 ? [] : ran.slice(changeEnd);
  const back = rehearseBackOut(s.state(), original, lifecycle);
  const warnings = ran.map((r, i) => (r.warning ? `Step ${i + 1} \`${r.line}\` ${r.warning}.` : null)).filter((w): w is string => w !== null);
  const book = { hostname, disks, preChecks, changes, verification, backOut: back.steps, backOutReaches: back.reaches, warnings };
  const fileName = `runbook-${hostname.replace(/[^A-Za-z0-9-]+/g, '-')}.md`;
  return { ...book, markdown: markdown(input.labName, book, lastReboot >= 0), html: html(input.labName, book, lastReboot >= 0), fileName };
}

export function duration(ms: number): string {
  if (ms < 1000) return 'instant';
  if (ms < 90_000) return `about ${Math.round(ms / 1000)} s`;
  if (ms < 90 * 60_000) return `about ${Math.round(ms / 60_000)} min`;
  return `about ${(ms / 3_600_000).toFixed(1)} h`;
}

/** The first lines of an output, with how many were left out. */
export function abbreviate(output: string, lines = OUTPUT_LINES): string {
  const all = output.replace(/\n$/, '').split('\n');
  if (all.length <= lines) return all.join('\n');
  return [...all.slice(0, lines), `… (${all.length - lines} more lines)`].join('\n');
}

type Book = Omit<Runbook, 'markdown' | 'html' | 'fileName'>;

const SUGGESTED_CHECKS = ['bootinfo -b', 'oslevel -s', 'lspv', 'lsvg -l rootvg', 'bootlist -m normal -o', 'df -g'];

function fence(text: string): string {
  const body = text === '' ? '(no output)' : text;
  return ['```', body.replace(/```/g, '``\u200b`'), '```'].join('\n');
}

function mdSteps(steps: RunbookStep[], withOutput: boolean): string[] {
  const out: string[] = [];
  steps.forEach((r, i) => {
    out.push(`${i + 1}. \`${r.line.replace(/`/g, "'")}\` — ${duration(r.durationMs)}${r.from !== r.to ? ` (lifecycle ${r.from} → ${r.to})` : ''}${r.exitCode !== 0 ? ` — exit ${r.exitCode}` : ''}`);
    if (r.warning) out.push(`   - **Warning:** this step ${r.warning}.`);
    if (withOutput) out.push('', fence(abbreviate(r.output)).replace(/^/gm, '   '), '');
  });
  return out;
}

function markdown(labName: string, b: Book, rebooted: boolean): string {
  const total = [...b.changes].reduce((n, r) => n + r.durationMs, 0);
  const lines = [
    `# Change plan: alternate disk rehearsal of ${b.hostname}`,
    '',
    `Rehearsed in the altdisk trainer, lab “${labName}”. Durations are simulated at real speed.`,
    '',
    `- Server: ${b.hostname}`,
    `- Disks: ${b.disks.join('; ')}`,
    `- Change window (steps below): ${duration(total)}`,
    '',
    '## 1. Pre-checks',
    '',
    ...(b.preChecks.length > 0 ? mdSteps(b.preChecks, true) : ['No checks were run before the change in the rehearsal. Run at least:', '', ...SUGGESTED_CHECKS.map((c) => `- \`${c}\``)]),
    '',
    '## 2. Steps',
    '',
    ...(b.changes.length > 0 ? mdSteps(b.changes, true) : ['No change was rehearsed.']),
    '',
    '## 3. Verification after the reboot',
    '',
    ...(b.verification.length > 0 ? mdSteps(b.verification, true) : [rebooted ? 'Nothing was checked after the reboot in the rehearsal. Run:' : 'The rehearsal did not reboot. After the reboot, run:', '', ...SUGGESTED_CHECKS.map((c) => `- \`${c}\``)]),
    '',
    '## 4. Back-out',
    '',
    b.backOutReaches,
    '',
    ...mdSteps(b.backOut, true),
    '',
    '## Warnings',
    '',
    ...(b.warnings.length > 0 ? b.warnings.map((w) => `- ${w}`) : ['- None: no step hung or damaged the lab in this rehearsal.']),
    '',
  ];
  return lines.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlSteps(steps: RunbookStep[]): string {
  if (steps.length === 0) return '';
  const items = steps.map((r) => {
    const head = `<code>${escapeHtml(r.line)}</code> — ${escapeHtml(duration(r.durationMs))}${r.from !== r.to ? ` (lifecycle ${escapeHtml(r.from)} → ${escapeHtml(r.to)})` : ''}${r.exitCode !== 0 ? ` — exit ${r.exitCode}` : ''}`;
    const warn = r.warning ? `<p class="warn"><strong>Warning:</strong> this step ${escapeHtml(r.warning)}.</p>` : '';
    return `<li>${head}${warn}<pre>${escapeHtml(abbreviate(r.output) || '(no output)')}</pre></li>`;
  });
  return `<ol>${items.join('\n')}</ol>`;
}

function html(labName: string, b: Book, rebooted: boolean): string {
  const suggested = `<ul>${SUGGESTED_CHECKS.map((c) => `<li><code>${escapeHtml(c)}</code></li>`).join('')}</ul>`;
  const total = b.changes.reduce((n, r) => n + r.durationMs, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Change plan: ${escapeHtml(b.hostname)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#111}pre{background:#f4f4f4;padding:.5rem;white-space:pre-wrap;font-size:12px}.warn{color:#8a1c00}li{margin-bottom:.75rem}@media print{pre{break-inside:avoid}}</style></head>
<body>
<h1>Change plan: alternate disk rehearsal of ${escapeHtml(b.hostname)}</h1>
<p>Rehearsed in the altdisk trainer, lab “${escapeHtml(labName)}”. Durations are simulated at real speed.</p>
<ul><li>Server: ${escapeHtml(b.hostname)}</li><li>Disks: ${escapeHtml(b.disks.join('; '))}</li><li>Change window (steps below): ${escapeHtml(duration(total))}</li></ul>
<h2>1. Pre-checks</h2>
${b.preChecks.length > 0 ? htmlSteps(b.preChecks) : `<p>No checks were run before the change in the rehearsal. Run at least:</p>${suggested}`}
<h2>2. Steps</h2>
${b.changes.length > 0 ? htmlSteps(b.changes) : '<p>No change was rehearsed.</p>'}
<h2>3. Verification after the reboot</h2>
${b.verification.length > 0 ? htmlSteps(b.verification) : `<p>${rebooted ? 'Nothing was checked after the reboot in the rehearsal. Run:' : 'The rehearsal did not reboot. After the reboot, run:'}</p>${suggested}`}
<h2>4. Back-out</h2>
<p>${escapeHtml(b.backOutReaches)}</p>
${htmlSteps(b.backOut)}
<h2>Warnings</h2>
<ul>${b.warnings.length > 0 ? b.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('') : '<li>None: no step hung or damaged the lab in this rehearsal.</li>'}</ul>
</body></html>
`;
}
