// alt_disk_copy — clone the running rootvg to free disk(s), optionally updating the clone
// (REFERENCE §2.1, §3.1–§3.5, rules R1–R8, R16–R19, R22).
import { budgetOf } from '../shell/budget.ts';
import { basicRegexTest, type PathTest } from '../shell/regex.ts';
import { AltLog } from '../engine/altdisk/common.ts';
import { runClone, type CloneRequest, type Phase } from '../engine/altdisk/clone.ts';
import { checkContinuation, checkNewTargets, cloneEvent, imageDataCopies, readGiven, resolveTargets, sharedFlagRules } from '../engine/altdisk/targets.ts';
import { altMessages } from '../messages/index.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const PROG = 'alt_disk_copy';
export const ALT_DISK_COPY_USAGE = `Usage: alt_disk_copy -d targetdisks... [-i image.data] [-s script] [-b bundlename]
              [-I installpflags] [-l imageslocation] [-f fixbundle] [-F fixes]
              [-e excludelist] [-w filesets] [-n] [-P phases] [-c console]
              [-x first_boot_script] [-R resolvconf] [-DBOVgruTS]`;

export interface CopyArgs {
  disks: string[];
  phases: Phase[];
  imageData: string | null;
  exclude: string | null;
  script: string | null;
  firstBootScript: string | null;
  resolvConf: string | null;
  bundle: string | null;
  filesets: string[] | null;
  location: string | null;
  installpFlags: string;
  noBootlist: boolean;
  reboot: boolean;
  deviceReset: boolean;
  console: string | null;
  nimClient: boolean;
  convertJfs: boolean;
  skipSizeCheck: boolean;
  verbose: boolean;
}

export const alt_disk_copy = defineCommand<CopyArgs>({
  name: PROG,
  fileset: 'bos.alt_disk_install.rte',
  synopsis: ALT_DISK_COPY_USAGE,
  summary: 'Clones the running rootvg to an alternate disk (altinst_rootvg).',
  manual: `alt_disk_copy — copies the running rootvg to one or more free disks, where it becomes
altinst_rootvg: a complete, bootable AIX you can update without touching the running system.

  alt_disk_copy -d hdisk1                       clone, then point the bootlist at hdisk1
  alt_disk_copy -B -d hdisk1                    clone, leave the bootlist alone
  alt_disk_copy -b update_all -l DIR -d hdisk1  clone and apply the updates in DIR (or /dev/cd0)
  alt_disk_copy -d "hdisk2 hdisk3"              a mirrored rootvg needs one disk per copy
                                                (on one disk mklv fails at alt_hd5: 0516-404)
  alt_disk_copy -i /home/image.data -d hdisk2   use an edited image.data (COPIES=1 breaks a mirror)
  alt_disk_copy -P 1 -d hdisk1 ... -P 2 ... -P 3   run the phases one at a time

Phase 1 creates altinst_rootvg, its alt_ logical volumes and /alt_inst file systems, and copies
the MOUNTED rootvg file systems (-e FILE skips files whose ./path matches a pattern, e.g. ^./tmp/).
Phase 2 installs (-b bundle, -w filesets, with -l), copies -R resolv.conf, builds the clone's boot
image and runs the -s script. Phase 3 renames everything back, unmounts, varies the VG off and sets
the bootlist (not with -B). -r reboots at the end; -O resets devices for another machine (-c names
its console); -T turns JFS into JFS2; -S skips the size check; -V lists the files copied.
The target must not belong to a volume group (0505-126), and only one altinst_rootvg can exist.
The transcript is appended to /var/adm/ras/alt_disk_inst.log.
-f, -F (fixes), -u and -D are not simulated; -g (skip the bootable-disk check) changes nothing here.`,
  flags: {
    spec: 'd:i:s:b:I:l:f:F:e:w:nP:c:x:R:DBOVgruTS',
    notSimulated: 'fFuD',
    operands: [0, 0],
    usage: ALT_DISK_COPY_USAGE,
    meanings: {
      d: ['targetdisks', 'The free disk(s) to clone onto (lspv shows them in VG None); quote a list: -d "hdisk2 hdisk3".'],
      i: ['image.data', 'Use this image.data instead of one made from the running rootvg (COPIES=1 drops a mirror).'],
      s: ['script', 'A customization script, run at the end of phase 2 while the clone is mounted under /alt_inst.'],
      b: ['bundlename', 'A bundle of filesets to install into the clone after the copy; update_all applies every update in -l.'],
      I: ['installpflags', 'The installp flags for that install (default -acgX).'],
      l: ['imageslocation', 'The directory or device holding the install images; needed with -b, -w, -f or -F.'],
      f: ['fixbundle', 'A file listing fixes (APARs) to install into the clone.'],
      F: ['fixes', 'Fixes (APARs) to install into the clone.'],
      e: ['excludelist', 'A file of patterns (./path, as grep reads them) of files not to copy, e.g. ^./tmp/.'],
      w: ['filesets', 'Filesets to install into the clone (with -l).'],
      n: 'Remain a NIM client: /.rhosts and /etc/niminfo are copied into the clone.',
      P: ['phases', 'Which phases to run: 1, 2, 3, 12, 23 or all (the default).'],
      c: ['console', "The clone's system console device; only with -O."],
      x: ['first_boot_script', 'A script the clone runs at its first boot, once its file systems are mounted.'],
      R: ['resolvconf', 'A resolv.conf file to put into the clone.'],
      D: 'Debug: trace the copy script (set -x).',
      B: 'Leave the bootlist alone at the end: it keeps pointing at the current disk. Not with -r.',
      O: 'Device reset: the clone keeps no user-defined device configuration, for a disk that will boot another partition.',
      V: 'Verbose: list the files copied.',
      g: 'Skip the checks that the target disks are bootable.',
      r: 'Reboot from the new disk when the copy is done. Not with -B.',
      u: 'Listed in the AIX 7.2 synopsis; IBM does not say what it does.',
      T: 'Convert JFS file systems to JFS2 in the clone.',
      S: 'Skip the check that the target disks are big enough.',
    },
  },
  parse(o) {
    const d = flagValue(o, 'd');
    if (!d || !d.trim()) return usage(ALT_DISK_COPY_USAGE);
    const rules = sharedFlagRules(PROG, (f) => hasFlag(o, f), flagValue(o, 'P'), true);
    if (!rules.ok) return usage(rules.error);
    const bundle = flagValue(o, 'b') ?? null;
    const w = flagValue(o, 'w');
    if ((bundle || w) && !hasFlag(o, 'l')) return usage(altMessages.needsImagesLocation(PROG));
    return ok({
      disks: d.trim().split(/\s+/),
      phases: rules.value,
      imageData: flagValue(o, 'i') ?? null,
      exclude: flagValue(o, 'e') ?? null,
      script: flagValue(o, 's') ?? null,
      firstBootScript: flagValue(o, 'x') ?? null,
      resolvConf: flagValue(o, 'R') ?? null,
      bundle,
      filesets: w ? w.trim().split(/\s+/) : null,
      location: flagValue(o, 'l') ?? null,
      installpFlags: (flagValue(o, 'I') ?? 'acgX').replace(/^-/, ''),
      noBootlist: hasFlag(o, 'B'),
      reboot: hasFlag(o, 'r'),
      deviceReset: hasFlag(o, 'O'),
      console: flagValue(o, 'c') ?? null,
      nimClient: hasFlag(o, 'n'),
      convertJfs: hasFlag(o, 'T'),
      skipSizeCheck: hasFlag(o, 'S'),
      verbose: hasFlag(o, 'V'),
    });
  },
  run(ctx, a) {
    const req = buildRequest(ctx, a);
    if (!req) return 1;
    const log = new AltLog(`/usr/sbin/${ctx.line.trim()}`);
    const started = ctx.world.clock.nowMs;
    const code = runClone(ctx, req, log);
    log.flush(ctx, started);
    if (code === 0) ctx.lifecycle.send(cloneEvent(a.phases));
    return code;
  },
});

/** Every check that can refuse runs before anything changes. */
function buildRequest(ctx: CommandContext, a: CopyArgs): CloneRequest | null {
  const targets = resolveTargets(ctx, PROG, a.disks);
  if (!targets) return null;
  let copies: number | null = null;
  if (a.imageData) {
    const text = readGiven(ctx, PROG, 'image.data', a.imageData);
    if (text === null) return null;
    copies = imageDataCopies(text);
  }
  const exclude: PathTest[] = [];
  if (a.exclude) {
    const text = readGiven(ctx, PROG, 'exclude list', a.exclude);
    if (text === null) return null;
    for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
      // grep -f patterns, matched in linear time; one regcomp refuses is left out and the copy carries on
      const test = basicRegexTest(line, budgetOf(ctx));
      if (test) exclude.push(test);
    }
  }
  let firstBootScript: string | null = null;
  if (a.firstBootScript) {
    firstBootScript = readGiven(ctx, PROG, 'first boot script', a.firstBootScript);
    if (firstBootScript === null) return null;
  }
  const root = ctx.world.vgs[ctx.host.run!.rootVgid];
  const ok = a.phases[0] === 1 ? checkNewTargets(ctx, PROG, targets, root, copies, a.skipSizeCheck, a.phases) : checkContinuation(ctx, PROG, targets, a.phases);
  if (!ok) return null;
  return {
    targets,
    phases: a.phases,
    setBootlist: !a.noBootlist,
    reboot: a.reboot,
    deviceReset: a.deviceReset ? { console: a.console } : null,
    copies,
    exclude,
    script: a.script,
    firstBootScript,
    resolvConf: a.resolvConf,
    nimClient: a.nimClient,
    install: a.location && (a.bundle || a.filesets) ? { bundle: a.bundle, filesets: a.filesets, location: a.location, flags: a.installpFlags } : null,
    convertJfs: a.convertJfs,
    verbose: a.verbose,
    customImageData: !!a.imageData,
  };
}
