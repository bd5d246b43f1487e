// alt_disk_install — the pre-5.3 command, still shipped as a wrapper (REFERENCE §2.4). Its own syntax
// (targets are operands; -d is the mksysb SOURCE) is mapped to the modern command, which then runs with
// the same context, so the output, exit code and effects are the modern command's.
import { trainerMessages } from '../messages/index.ts';
import { getopt, type Options } from '../shell/getopt.ts';
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

/** Pure mapping of REFERENCE §2.4's table; a usage error for anything the legacy syntax does not allow. */
export function mapLegacy(args: string[]): Parsed<ModernCall> {
  const r = getopt(PROG, args, 'Cd:i:s:R:DBVrOp:L:b:I:l:f:F:e:w:nP:XqSv:W');
  if (!r.ok) return usage(`${r.error}\n${ALT_DISK_INSTALL_USAGE}`);
  const o: Options = r.value;
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
  parse: mapLegacy,
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
