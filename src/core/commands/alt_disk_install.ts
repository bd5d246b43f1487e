// alt_disk_install — the pre-5.3 command, still shipped as a wrapper (REFERENCE §2.4). Its own syntax
// (targets are operands; -d is the mksysb SOURCE) is mapped to the modern command, which then runs with
// the same context, so the output, exit code and effects are the modern command's.
import { trainerMessages } from '../messages/index.ts';
import type { Options } from '../shell/getopt.ts';
import { alt_disk_copy } from './alt_disk_copy.ts';
import { alt_disk_mksysb } from './alt_disk_mksysb.ts';
import type { FlagMeaning, FlagMeanings } from './lib/flags.ts';
import { shellWord } from '../smit/build.ts';
import { lookupCommand } from './registry.ts';
import { defineCommand, ok, printUsageError, usage, type Parsed } from './types.ts';

const PROG = 'alt_disk_install';
export const ALT_DISK_INSTALL_USAGE = `Usage: alt_disk_install {-d device | -C} [-i image.data] [-s script] [-R resolv_conf]
              [-D] [-B] [-V] [-r] [-O] [-p platform] [-L mksysb_level] [-b bundle_name]
              [-I installp_flags] [-l images_location] [-f fix_bundle] [-F fixes]
              [-e exclude_list] [-w filesets] [-n] [-P phase_option] target_disks...
       alt_disk_install -X [volume_group]
       alt_disk_install -q disk
       alt_disk_install -S
       alt_disk_install -v new_volume_group_name disk
       alt_disk_install -W disk`;

/** The operation letters; exactly one is given. */
const OPS = ['C', 'd', 'X', 'q', 'S', 'v', 'W'] as const;
/** Create flags each modern command takes (the rest belong to the other one). */
const CLONE_FLAGS = new Set(['i', 's', 'R', 'D', 'B', 'V', 'r', 'O', 'b', 'I', 'l', 'f', 'F', 'e', 'w', 'n', 'P']);
const MKSYSB_FLAGS = new Set(['i', 's', 'R', 'D', 'B', 'V', 'r', 'O', 'p', 'L', 'n', 'P']);

/** The modern command line an alt_disk_install line stands for. */
export interface ModernCall {
  argv: string[];
  /** The same, as a command line (what the trainer's manual page and the tests show). */
  line: string;
}

function call(argv: string[]): ModernCall {
  return { argv, line: argv.map((w, i) => (i === 0 ? w : shellWord(w))).join(' ') };
}

/** The pass-through create flags mean what they mean to the modern command they go to. */
const passedOn = (): FlagMeanings => {
  const copy = alt_disk_copy.flags?.meanings ?? {};
  const mksysb = alt_disk_mksysb.flags?.meanings ?? {};
  const out: Record<string, FlagMeaning> = {};
  for (const f of new Set([...CLONE_FLAGS, ...MKSYSB_FLAGS])) {
    const m = CLONE_FLAGS.has(f) ? copy[f] : mksysb[f];
    if (m !== undefined) out[f] = m;
  }
  return out;
};

/** Pure mapping of REFERENCE §2.4's table (options already checked against the declaration). */
function mapOptions(o: Options): Parsed<ModernCall> {
  const ops = OPS.filter((f) => o.flags.has(f));
  if (ops.length !== 1) return usage(ALT_DISK_INSTALL_USAGE);
  const op = ops[0];
  const others = o.all.filter((x) => x.flag !== op);
  const operands = o.operands;
  if (op === 'C' || op === 'd') {
    const allowed = op === 'C' ? CLONE_FLAGS : MKSYSB_FLAGS;
    if (operands.length === 0 || others.some((x) => !allowed.has(x.flag))) return usage(ALT_DISK_INSTALL_USAGE);
    const flags = others.flatMap((x) => (x.value === true ? [`-${x.flag}`] : [`-${x.flag}`, x.value]));
    const disks = operands.join(' ');
    return op === 'C'
      ? ok(call(['alt_disk_copy', ...flags, '-d', disks]))
      : ok(call(['alt_disk_mksysb', '-m', o.flags.get('d') as string, ...flags, '-d', disks]));
  }
  if (others.length > 0) return usage(ALT_DISK_INSTALL_USAGE);
  switch (op) {
    case 'X':
      return operands.length > 1 ? usage(ALT_DISK_INSTALL_USAGE) : ok(call(['alt_rootvg_op', '-X', ...operands]));
    case 'S':
      return operands.length ? usage(ALT_DISK_INSTALL_USAGE) : ok(call(['alt_rootvg_op', '-S']));
    case 'q':
    case 'W':
      return operands.length !== 1 ? usage(ALT_DISK_INSTALL_USAGE) : ok(call(['alt_rootvg_op', `-${op}`, '-d', operands[0]]));
    case 'v':
      return operands.length !== 1 ? usage(ALT_DISK_INSTALL_USAGE) : ok(call(['alt_rootvg_op', '-v', o.flags.get('v') as string, '-d', operands[0]]));
  }
}

/** The same from the words after the command name: getopt first, then the mapping. */
export function mapLegacy(args: string[]): Parsed<ModernCall> {
  return alt_disk_install.parse(args);
}

export const alt_disk_install = defineCommand<ModernCall>({
  name: PROG,
  fileset: 'bos.alt_disk_install.rte',
  synopsis: ALT_DISK_INSTALL_USAGE,
  summary: 'The old all-in-one alternate disk command; runs alt_disk_copy, alt_disk_mksysb or alt_rootvg_op.',
  manual: `alt_disk_install — the alternate disk command from before AIX 5.3. Since 5.3 it is only a wrapper:
it takes the old syntax, runs one of the three modern commands and gets no new flags. Scripts (and
VIOS runbooks) still use it, so it is worth reading both styles. Watch the two traps: the target disks
are plain operands at the END, and -d names the mksysb source, not the target.

  legacy                                   runs
  alt_disk_install -C hdisk1               alt_disk_copy -d hdisk1
  alt_disk_install -C -B hdisk1 hdisk3     alt_disk_copy -B -d "hdisk1 hdisk3"
  alt_disk_install -d /dev/rmt0 hdisk1     alt_disk_mksysb -m /dev/rmt0 -d hdisk1
  alt_disk_install -W hdisk1               alt_rootvg_op -W -d hdisk1
  alt_disk_install -S                      alt_rootvg_op -S
  alt_disk_install -X [old_rootvg]         alt_rootvg_op -X [old_rootvg]   (default altinst_rootvg)
  alt_disk_install -v image_1 hdisk1       alt_rootvg_op -v image_1 -d hdisk1
  alt_disk_install -q hdisk1               alt_rootvg_op -q -d hdisk1

With -C the create flags (-i -s -R -D -B -V -r -O -b -I -l -f -F -e -w -n -P) pass through to
alt_disk_copy; with -d the ones alt_disk_mksysb knows (-i -s -R -D -B -V -r -O -p -L -n -P). Flags
after the first target disk are not read. Everything printed is the modern command's, errors
included (they name alt_disk_copy or alt_rootvg_op). There is no flag to rebuild a clone's boot
image: that is alt_rootvg_op -S -t.`,
  flags: {
    spec: 'Cd:i:s:R:DBVrOp:L:b:I:l:f:F:e:w:nP:XqSv:W',
    usage: ALT_DISK_INSTALL_USAGE,
    meanings: {
      ...passedOn(),
      C: 'Clone the running rootvg onto the target disks given at the end (runs alt_disk_copy).',
      d: ['device', 'The mksysb to restore (image file, tape or CD), not the target: runs alt_disk_mksysb -m.'],
      X: 'Remove an alternate rootvg definition from the ODM (alt_rootvg_op -X); the VG name may follow.',
      q: 'Query the boot disk of the alternate rootvg on the disk given (alt_rootvg_op -q).',
      S: 'Put the awake alternate rootvg back to sleep (alt_rootvg_op -S).',
      v: ['new_volume_group_name', 'Rename the alternate rootvg on the disk given (alt_rootvg_op -v).'],
      W: 'Wake up the alternate rootvg on the disk given (alt_rootvg_op -W).',
    },
    operandMeaning: 'The target disk(s), last on the line; with -q, -v or -W the disk; with -X the volume group.',
  },
  parse: mapOptions,
  run(ctx, modern) {
    const def = lookupCommand(modern.argv[0]);
    if (!def) {
      ctx.err(trainerMessages.notSimulated(PROG, modern.argv[0]) + '\n');
      return 1;
    }
    const parsed = def.parse(modern.argv.slice(1));
    if (!parsed.ok) return printUsageError(parsed.error, (t) => ctx.err(t), (t) => ctx.out(t));
    // The wrapper calls the modern command: its log (alt_disk_inst.log) records that command line.
    return def.run({ ...ctx, line: modern.line }, parsed.value);
  },
});
