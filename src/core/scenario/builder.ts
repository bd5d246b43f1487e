// The scenario builder's start state, as data: a built-in scenario (which fixes the hostname, the AIX level,
// rootvg on one disk or mirrored, the data VG), or a server the author describes (serverForm.ts: host name,
// level, disks, mirrors, file systems, fixes, media; it becomes a twin start), plus setup steps for the
// faults (trainer `lab` commands and real AIX commands: more disks, a failing disk, a disk too small, an
// altinst_rootvg left from an earlier clone, a power cut during a clone). It compiles to a scenario id (and a
// twin start) and setup steps, so a builder lab replays exactly through the share-link machinery (link.ts) and
// stays within its limits; buildSession runs it for "save as a lab". A custom lesson rides along in the link.
import { err, ok, type Result } from '../result.ts';
import type { SessionState } from '../session/api.ts';
import { createSession, newSessionState } from '../session/session.ts';
import type { CustomLessonSpec } from '../lessons/custom.ts';
import { findScenario, SCENARIOS } from './builtins.ts';
import { encodeLink, type LinkPayload } from './link.ts';
import { serverStart, type ServerForm } from './serverForm.ts';
import { TWIN_SCENARIO, type TwinStart } from '../twin/start.ts';
import { sessionOfStart } from '../twin/startState.ts';

export interface BuilderState {
  /** Built-in scenario id (builtins.ts). */
  scenario: string;
  /** Sizes (MB) of disks added to the console host, in order (`lab disk add`). */
  addDisksMB: number[];
  /** A disk made to fail (`lab disk fail`), e.g. the clone target. */
  failDisk: string | null;
  /** A disk shrunk so a clone does not fit (`lab disk resize`), with its new size. */
  shrink: { disk: string; sizeMB: number } | null;
  /** With scenario "twin": the server the author describes (serverForm.ts). */
  server?: ServerForm | null;
  /** A disk holding an altinst_rootvg left from an earlier clone (`alt_disk_copy -B -d <disk>`). */
  staleAltinst?: string | null;
  /** The power fails after phase 1 (or phases 1 and 2) of a clone onto `disk`; the server is powered on again. */
  powerCut?: { disk: string; phase: 1 | 2 } | null;
}

/** What a builder state compiles to: where the lab starts and the setup steps. */
export interface CompiledBuilder {
  scenario: string;
  /** With scenario "twin": the described server. */
  twin?: TwinStart;
  steps: string[];
}

export const BUILDER_LIMITS = { maxAddedDisks: 8, minDiskMB: 1, maxDiskMB: 2_097_152 } as const;

/**
 * The scenarios the builder starts from: every built-in scenario of the registry (builtins.ts SCENARIOS), in
 * its order, so a scenario added there is offered here with no other change.
 */
export function builderScenarios(): { id: string; title: string; description: string }[] {
  return SCENARIOS.map(({ id, title, description }) => ({ id, title, description }));
}

const DISK = /^hdisk\d{1,3}$/;
const sizeOk = (n: number) => Number.isSafeInteger(n) && n >= BUILDER_LIMITS.minDiskMB && n <= BUILDER_LIMITS.maxDiskMB;

/** The scenario and the setup steps, or why the builder state cannot be built (plain words). */
export function compileBuilder(b: BuilderState): Result<CompiledBuilder> {
  let twin: TwinStart | undefined;
  if (b.scenario === TWIN_SCENARIO) {
    if (!b.server) return err('Describe the server, or choose a built-in start lab.');
    const s = serverStart(b.server);
    if (!s.ok) return s;
    twin = s.value;
  } else if (!findScenario(b.scenario)) return err(`The builder has no start lab called ${JSON.stringify(String(b.scenario).slice(0, 40))}.`);
  if (b.addDisksMB.length > BUILDER_LIMITS.maxAddedDisks) return err(`At most ${BUILDER_LIMITS.maxAddedDisks} disks can be added.`);
  const steps: string[] = [];
  for (const mb of b.addDisksMB) {
    if (!sizeOk(mb)) return err(`A disk of ${mb} MB cannot be added: sizes are whole MB from 1 to ${BUILDER_LIMITS.maxDiskMB}.`);
    steps.push(`lab disk add ${mb}`);
  }
  // cfgmgr makes added disks known to the running system, as an admin would after adding them.
  if (b.addDisksMB.length > 0) steps.push('cfgmgr');
  if (b.shrink) {
    if (!DISK.test(b.shrink.disk) || !sizeOk(b.shrink.sizeMB)) return err('The disk to make too small needs an hdisk name and a size in MB.');
    steps.push(`lab disk resize ${b.shrink.disk} ${b.shrink.sizeMB}`);
  }
  if (b.failDisk) {
    if (!DISK.test(b.failDisk)) return err(`${JSON.stringify(b.failDisk)} is not a disk name such as hdisk1.`);
    steps.push(`lab disk fail ${b.failDisk}`);
  }
  // A clone of a mirrored rootvg onto one disk needs an image.data with COPIES= 1 (the mirrored labs keep one in /home).
  const one = (b.staleAltinst || b.powerCut) && rootvgMirrored(twin ? sessionOfStart(twin) : newSessionState(b.scenario)) ? ' -i /home/image.data' : '';
  if (b.staleAltinst) {
    if (!DISK.test(b.staleAltinst)) return err(`${JSON.stringify(String(b.staleAltinst).slice(0, 30))} is not a disk name such as hdisk1.`);
    steps.push(`alt_disk_copy -B -d ${b.staleAltinst}${one}`);
  }
  if (b.powerCut) {
    const { disk, phase } = b.powerCut;
    if (!DISK.test(disk)) return err(`The power cut: ${JSON.stringify(String(disk).slice(0, 30))} is not a disk name such as hdisk1.`);
    if (phase !== 1 && phase !== 2) return err('The power cut comes after phase 1 or after phase 2 of the clone.');
    if (b.staleAltinst) return err('Choose either an altinst_rootvg left from an earlier clone or a power cut during a clone, not both.');
    steps.push(`alt_disk_copy -P ${phase === 1 ? '1' : '12'} -d ${disk}${one}`, 'lab cut-power', 'lab power on');
  }
  return ok(twin ? { scenario: b.scenario, twin, steps } : { scenario: b.scenario, steps });
}

/** The console's rootvg has more than one copy of a logical volume. */
function rootvgMirrored(start: SessionState | Result<SessionState> | null): boolean {
  const state = start && 'ok' in start ? (start.ok ? start.value : null) : start;
  if (!state) return false;
  const w = state.world;
  const run = w.hosts[w.console]?.run;
  return !!run && (w.vgs[run.rootVgid]?.lvs.some((l) => l.copies.length > 1) ?? false);
}

/** The builder lab as a session state (for createLab), with the output of any setup step that failed. */
export function buildSession(b: BuilderState): Result<SessionState> {
  const c = compileBuilder(b);
  if (!c.ok) return c;
  const start = c.value.twin ? sessionOfStart(c.value.twin) : newSessionState(c.value.scenario);
  if (!start) return err(`No scenario ${c.value.scenario}.`);
  if ('ok' in start && !start.ok) return start;
  const session = createSession('ok' in start ? start.value : start);
  for (const line of c.value.steps) {
    const r = session.exec(line);
    if (r.exitCode !== 0) return err(`\`${line}\` was refused: ${r.stderr.trim() || r.stdout.trim()}`);
  }
  return ok(session.state());
}

/** The share-link text (after `#s=`) for a builder lab and its custom lesson, or why not. */
export function builderLink(b: BuilderState, lesson: CustomLessonSpec | null): Result<string> {
  const c = compileBuilder(b);
  if (!c.ok) return c;
  const payload: LinkPayload = { version: 1, scenario: c.value.scenario, steps: c.value.steps };
  if (c.value.twin) payload.twin = c.value.twin;
  if (lesson) payload.lesson = { id: 'custom', start: c.value.steps.length, custom: lesson };
  const text = encodeLink(payload, { isLesson: () => false });
  return text.ok ? text : err(text.error.message);
}
