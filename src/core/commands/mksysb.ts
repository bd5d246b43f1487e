// mksysb — REFERENCE §1.6, §2.23: a bootable backup of the running rootvg into a file. Only mounted
// rootvg file systems are backed up; -e leaves out what /etc/exclude.rootvg matches. The file holds a
// frozen copy of the rootvg's logical volumes and AIX (a {kind:'mksysb'} node) for alt_disk_mksysb.
// Output follows a real AIX 7 mksysb capture (dots while files are written, the final count line).
import { budgetOf } from '../shell/budget.ts';
import { basicRegexTest, type PathTest } from '../shell/regex.ts';
import { fsSizeMB, locate, parentOf, putFile, readFile, resolvePath, stat } from '../engine/fs.ts';
import { mksysbMessages as M } from '../messages/system.ts';
import { errnoText } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { SECOND } from '../model/time.ts';
import type { FileNode, LvImage, MksysbImage } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

type Args = { imageData: boolean; exclude: boolean; target: string };

/** Files per progress dot (a real capture: 24 dots for 80239 files). */
const FILES_PER_DOT = 3343;
/** Dots per line before a "N of M files (P%)" progress line. */
const DOTS_PER_LINE = 30;

export const mksysb = defineCommand<Args>({
  name: 'mksysb',
  synopsis: M.usage,
  summary: 'Backs up the running rootvg into a bootable system image file.',
  fileset: 'bos.sysmgt.sysbr',
  manual: `mksysb — a system backup of rootvg.

  mksysb -i /data/aixlab01.sysb      regenerate /image.data first, then back up rootvg
  mksysb -i -e -X /data/x.sysb       -e leaves out files matched by /etc/exclude.rootvg
                                     (patterns like ^./tmp/), -X may grow /tmp

Only mounted rootvg file systems are backed up. The target file system needs room for the
image (about the used space of rootvg). The file can be restored onto a free disk with
alt_disk_mksysb. Backups to tape or DVD devices, -a, -A, -b, -F, -G, -m, -M, -N, -P, -t, -T,
-v, -V, -x and -Z are not simulated; -p is accepted.`,
  flags: { spec: 'aAb:eF:GimMNpPt:TvVx:XZ', notSimulated: 'aAbFGmMNPtTvVxZ', operands: [1, 1], usage: M.usage,
    meanings: {
      a: 'Do not back up extended attributes and ACLs.',
      A: 'Back up DMAPI file system files.',
      b: ['blocks', 'The number of 512-byte blocks to write in one output operation.'],
      e: 'Leave out the files matched by the patterns in /etc/exclude.rootvg.',
      F: ['file', "An AIX flag the trainer does not describe; see IBM's manual."],
      G: 'Exclude WPAR file systems from the backup.',
      i: 'Regenerate /image.data (mkszfile) before the backup.',
      m: 'Regenerate /image.data with the physical partition maps (as -i, plus maps).',
      M: "An AIX flag the trainer does not describe; see IBM's manual.",
      N: 'Include the file systems of WPARs in the Defined state.',
      p: 'Do not pack (compress) files as they are backed up.',
      P: "An AIX flag the trainer does not describe; see IBM's manual.",
      t: ['path', "An AIX flag the trainer does not describe; see IBM's manual."],
      T: 'Back up from JFS2 snapshots.',
      v: 'Verbose: list the files as they are backed up.',
      V: 'Verify a tape backup after writing it.',
      x: ['file', 'Leave out the file systems listed in this file.'],
      X: 'Expand /tmp when the backup needs more room there.',
      Z: "Do not back up the encrypting file system's keys.",
    },
    operandMeaning: 'Where the backup goes: a file (/export/host.sysb) or a device (/dev/rmt0).',
  },
  parse(o) {
    const target = o.operands[0];
    if (target.startsWith('/dev/')) return usage(trainerMessages.notSimulated('mksysb', `a backup to the device ${target}`));
    return ok({ imageData: hasFlag(o, 'i'), exclude: hasFlag(o, 'e'), target });
  },
  run(ctx, a) {
    const { world, host } = ctx;
    const abs = resolvePath(host, a.target);
    if (stat(world, host, parentOf(abs))?.kind !== 'dir') {
      ctx.err(M.cannotWrite(abs, errnoText('ENOENT')) + '\n');
      return 1;
    }
    if (a.imageData) {
      ctx.out(M.creatingImageData);
      ctx.wait(8 * SECOND);
    }
    const patterns = a.exclude ? excludePatterns(ctx) : [];
    ctx.out(M.creatingList);
    ctx.wait(10 * SECOND);
    const image = snapshot(ctx, patterns);
    const mounted = image.lvs.filter((l) => l.fs && isMounted(ctx, l));
    const files = mounted.reduce((n, l) => n + l.fs!.inodesUsed, 0);
    const usedMB = mounted.reduce((n, l) => n + l.fs!.usedMB, 0);
    ctx.out(M.backingUp(files));
    const dots = Math.max(1, Math.round(files / FILES_PER_DOT));
    const totalMs = Math.round((usedMB / 40) * SECOND); // about 40 MB/s to a file
    // The archive grows as files are written: a target file system that fills up stops it there.
    const loc = locate(world, host, abs);
    const room = loc?.fs ? fsSizeMB(world, loc) - loc.fs.usedMB : 0;
    const fits = !loc?.fs || fsSizeMB(world, loc) === 0 || room >= usedMB;
    const lastDot = fits ? dots : Math.max(0, Math.floor((dots * room) / usedMB));
    for (let i = 1; i <= lastDot; i++) {
      ctx.wait(Math.round(totalMs / dots));
      ctx.out('.');
      ctx.event({ type: 'progress', percent: Math.floor((100 * i) / dots), label: 'mksysb' });
      if (i % DOTS_PER_LINE === 0 && i < dots) ctx.out('\n' + M.progress(Math.floor((files * i) / dots), files));
      if (ctx.stopRequested()) return 1;
    }
    if (!fits) {
      ctx.err('\n' + M.cannotWrite(abs, errnoText('ENOSPC')) + '\n');
      return 1;
    }
    const node: FileNode = { kind: 'mksysb', image };
    const put = putFile(world, host, abs, node);
    if (!put.ok) {
      ctx.err('\n' + M.cannotWrite(abs, errnoText(put.error)) + '\n');
      return 1;
    }
    ctx.out(M.finalCount(files));
    ctx.out(M.completed);
    return 0;
  },
});

function isMounted(ctx: CommandContext, lv: LvImage): boolean {
  const run = ctx.host.run!;
  return run.mounts.some((m) => m.lv?.vgid === run.rootVgid && m.lv.minor === lv.minor);
}

function excludePatterns(ctx: CommandContext): PathTest[] {
  const read = readFile(ctx.world, ctx.host, '/etc/exclude.rootvg');
  if (!read.ok) return [];
  const out: PathTest[] = [];
  for (const line of read.value.split('\n').map((l) => l.trim()).filter(Boolean)) {
    // grep -f patterns, matched in linear time; one regcomp refuses excludes nothing here
    const test = basicRegexTest(line, budgetOf(ctx));
    if (test) out.push(test);
  }
  return out;
}

/** A frozen copy of rootvg: LVs and AIX; unmounted file systems and excluded files carry no data. */
function snapshot(ctx: CommandContext, patterns: PathTest[]): MksysbImage {
  const { world, host } = ctx;
  const root = world.vgs[host.run!.rootVgid];
  const lvs = structuredClone(root.lvs);
  for (const lv of lvs) {
    if (!lv.fs) continue;
    if (!isMounted(ctx, lv)) {
      lv.fs.files = {};
      continue;
    }
    const mount = lv.fs.superblockMount === '/' ? '' : lv.fs.superblockMount;
    for (const [rel, node] of Object.entries(lv.fs.files)) {
      const path = `.${mount}/${rel}`;
      if (node.kind === 'mksysb' || patterns.some((re) => re.test(path))) delete lv.fs.files[rel];
    }
  }
  return { sourceHost: host.name, createdAtMs: world.clock.nowMs, os: structuredClone(root.os!), ppSizeMB: root.ppSizeMB, lvs };
}
