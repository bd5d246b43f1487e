// Lesson: update AIX through a standby BOS in rootvg (multibos), boot it, check the level.
// The standby's LVs are judged in the rootvg view; which instance runs, by what is mounted at /.
import { consoleView, hangDeadEnd, hasFlag, isCommand, ran, runningLevel, saw } from '../core/lessons/checker.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const NEW_LEVEL = '7200-05-04-2220';
const isMultibos = (c: string) => isCommand(c, 'multibos');
const isPreview = (c: string) => isMultibos(c) && hasFlag(c, 's') && hasFlag(c, 'p');
const isCustomise = (c: string) => isMultibos(c) && hasFlag(c, 'c') && !hasFlag(c, 'p');
/** Running from the bos_ instance: its root LV is mounted at /. */
const onStandby = (s: SimSnapshot) => consoleView(s)?.mounts.some((m) => m.mount === '/' && m.dev === '/dev/bos_hd4') ?? false;

export const multibosStandby: Lesson = {
  id: 'multibos-standby',
  title: 'Update through a standby BOS (multibos)',
  summary: 'Create a standby copy of AIX in rootvg with multibos, update it while production runs, boot it and check the level.',
  track: 'updating',
  scenario: 'reference-lab',
  intro: `When no spare disk is free for alt_disk_copy, multibos makes the second copy of AIX inside rootvg itself: bos_hd5, bos_hd4, bos_hd2, bos_hd9var and bos_hd10opt are copies of the boot LV and of /, /usr, /var and /opt. Everything else (paging, /tmp, /home, dump) is shared by both copies.

You update the standby while the system keeps running, then boot it by naming its boot logical volume in the bootlist (blv=bos_hd5). The old copy stays as the way back. Service pack 7200-05-04 waits in /export/7200-05-04.`,
  objectives: [
    said({
      id: 'preview',
      text: 'Preview the standby setup and check that rootvg has room for it.',
      hint: 'Run `multibos -sXp`: -s is the setup, -X lets it grow file systems, -p only previews. It lists the LVs it would copy and the free PPs it needs.',
      ladder: {
        nudge: 'Before copying AIX inside rootvg, is there room for a second copy? Ask without changing anything.',
        concept: '`multibos` -s sets up the standby; -p turns any operation into a preview.',
        blanks: 'multibos -sX__',
      },
      keep: true,
      spec: { saw: { name: 'multibos', flags: 'sp' }, output: { contains: 'Return Status = SUCCESS' } },
      whyNotYet: (_s, h) => (ran(h, isPreview) ? 'The preview did not end with Return Status = SUCCESS: read what it says about free PPs.' : 'No multibos preview yet.'),
      focus: () => ['vg:rootvg'],
      solutionLines: [0],
    }),
    said({
      id: 'create',
      text: 'Create the standby BOS in rootvg.',
      hint: 'Run `multibos -sX`. Then `lsvg -l rootvg` shows the bos_ LVs, closed, at /bos_inst….',
      ladder: {
        nudge: 'The preview was fine: now the same operation for real.',
        concept: '`multibos` -s without -p creates the standby LVs, copies the files and builds bos_hd5.',
        blanks: 'multibos -s__',
      },
      after: 'preview',
      // Both instances stay in rootvg whichever one runs, so the standby's LVs say it is there.
      spec: { all: [{ vg: 'rootvg', lv: 'bos_hd5' }, { vg: 'rootvg', lv: 'bos_hd4' }] },
      whyNotYet: () => 'rootvg has no bos_hd5 and bos_hd4 yet: no standby BOS.',
      focus: () => ['vg:rootvg'],
      solutionLines: [1],
    }),
    said({
      id: 'update',
      text: 'Apply service pack 7200-05-04 to the standby BOS only.',
      hint: 'Run `multibos -Xac -l /export/7200-05-04`: -c customises the standby, -a is update_all, -l names the images. `oslevel -s` still shows 7200-05-03: the running copy is untouched.',
      ladder: {
        nudge: 'The updates go to the copy that is not running. Which multibos operation changes the standby?',
        concept: '`multibos` -c is the customization operation; with -a it runs update_all from the -l location and rebuilds the standby boot image.',
        blanks: 'multibos -Xac -l ________________',
      },
      after: 'create',
      keep: true,
      spec: {
        saw: { name: 'multibos', flags: 'c', notFlags: 'p' },
        after: { name: 'multibos', flags: 's', notFlags: 'p' },
        output: { contains: 'Return Status = SUCCESS' },
      },
      whyNotYet: (_s, h) => (ran(h, isCustomise) ? 'The customization did not succeed: check the images location (/export/7200-05-04).' : 'The standby has not been updated yet.'),
      focus: () => ['vg:rootvg'],
      solutionLines: [2],
    }),
    {
      id: 'boot',
      text: 'Boot the standby BOS and confirm the system now runs 7200-05-04.',
      hint: 'multibos already pointed the bootlist at it; check with `bootlist -m normal -o` (hdisk0 blv=bos_hd5), then `shutdown -Fr` and `oslevel -s`.',
      ladder: {
        nudge: 'Which boot logical volume will the firmware load? Then restart and ask AIX its level.',
        concept: 'The bootlist entry carries the BLV (`bootlist -m normal hdisk0 blv=bos_hd5`); after the reboot bos_hd4 is mounted at /.',
        blanks: 'bootlist -m normal hdisk0 blv=_______ ; shutdown -Fr',
      },
      after: 'update',
      keep: true,
      done: (s, _h, seen) => onStandby(s) && runningLevel(s) === NEW_LEVEL && saw(seen, (c) => isCommand(c, 'oslevel'), (out) => out.includes(NEW_LEVEL)),
      whyNotYet: (s) => {
        if (onStandby(s) && runningLevel(s) === NEW_LEVEL) return 'The standby runs: confirm its level with `oslevel -s`.';
        if (onStandby(s)) return `The standby runs, but at ${runningLevel(s) ?? 'an unknown level'}: it was booted before its update.`;
        return 'The system still runs from hd4 (the original BOS): boot bos_hd5.';
      },
      focus: () => ['bootlist', 'disk:hdisk0'],
      solutionLines: [3, 4, 5],
    },
  ],
  solution: ['multibos -sXp', 'multibos -sX', 'multibos -Xac -l /export/7200-05-04', 'bootlist -m normal -o', 'shutdown -Fr', 'oslevel -s'],
  deadEnd: (s) => hangDeadEnd(s),
  negatives: [
    { objective: 'preview', lines: ['lsvg rootvg'], why: 'lsvg shows free PPs, not what multibos would copy' },
    { objective: 'create', lines: ['multibos -sXp'], why: 'a preview creates nothing' },
    { objective: 'update', lines: ['multibos -sXp', 'multibos -sX', 'multibos -Xac -l /export/nothing'], why: 'the images location does not exist' },
    {
      objective: 'boot',
      lines: ['multibos -sXp', 'multibos -sX', 'multibos -Xac -l /export/7200-05-04', 'bootlist -m normal hdisk0 blv=hd5', 'shutdown -Fr'],
      why: 'the bootlist was put back on hd5: the original BOS booted',
    },
  ],
};
