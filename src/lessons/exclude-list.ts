// Lesson: leave files out of a clone with an exclude list (-e): /tmp's content stays behind, /var/tmp's
// is copied. Wake the copy to prove it, then put it back to sleep.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const lsOf = (dir: string) => (c: string) => isCommand(c, 'ls') && new RegExp(`\\s${dir.replace(/\//g, '\\/')}/?(\\s|$)`).test(c);
const wake = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W');

export const excludeList: Lesson = {
  id: 'exclude-list',
  title: 'Leave files out of the clone (-e)',
  summary: 'Clone without the core dumps in /tmp but with /var/tmp, using an exclude list, and check the result in the woken copy.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `/tmp on this system holds a core dump and an old install log that nobody wants on the new disk, while /var/tmp holds a file that must come along. alt_disk_copy -e names a file of patterns; every file whose path matches one of them is not copied.

The patterns are matched like grep against the paths as the backup sees them, relative to the root and starting with ./ (./tmp/core.dump.1, ./var/tmp/keep.me). So ^./tmp/ leaves out the content of /tmp and nothing else, while a bare tmp would also catch /var/tmp. Write the list with echo and a redirection, clone with it, then wake the copy to look inside, and put it back to sleep before anything else.`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1 with an exclude list.',
      hint: 'Run `echo "^./tmp/" > /etc/exclude.alt`, check it with `cat /etc/exclude.alt`, then `alt_disk_copy -e /etc/exclude.alt -d hdisk1`.',
      ladder: {
        nudge: 'alt_disk_copy needs a file of patterns. Write it first, then give its name to the right flag.',
        concept: '`alt_disk_copy` -e takes an exclude list: grep patterns matched against ./path; anchor with ^ to catch only the top-level /tmp.',
        blanks: 'alt_disk_copy -e ____ -d hdisk1',
      },
      keep: true,
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'e' } }] },
      whyNotYet: (s) =>
        diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' ? 'hdisk1 holds a clone made without -e: remove it (alt_rootvg_op -X altinst_rootvg) and clone with the list.' : `${diskPhrase(s, 'hdisk1')}: no clone with an exclude list yet.`,
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [0, 1],
    }),
    {
      id: 'tmp-empty',
      text: 'Wake the copy and show that /alt_inst/tmp holds nothing of /tmp.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`, then `ls /alt_inst/tmp`: no core.dump.1, no install.log.',
      ladder: {
        nudge: 'The copy sleeps. Wake it, then list its /tmp, which is mounted under /alt_inst.',
        concept: '`alt_rootvg_op` -W mounts the copy under /alt_inst; `ls` of /alt_inst/tmp shows what was copied into its /tmp.',
        blanks: 'ls /alt_inst/____',
      },
      after: 'clone',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, wake, lsOf('/alt_inst/tmp'), (out) => !/core\.dump|install\.log|does not exist|No such file|not found/.test(out)),
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'You have not listed /alt_inst/tmp since the wake (or it still holds /tmp files).' : 'The copy is asleep: wake it before you look inside.'),
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [2, 3],
    },
    {
      id: 'var-tmp-kept',
      text: 'Show that /var/tmp was copied.',
      hint: 'Run `ls /alt_inst/var/tmp`: keep.me is there.',
      ladder: {
        nudge: 'The pattern should have spared /var/tmp. Look at the copy of it.',
        concept: '`ls` of /alt_inst/var/tmp shows the copy\'s /var/tmp: the ^ anchor kept it out of the exclude pattern.',
        blanks: 'ls /alt_inst/var/____',
      },
      after: 'tmp-empty',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, wake, lsOf('/alt_inst/var/tmp'), (out) => out.includes('keep.me')),
      whyNotYet: () => 'You have not seen keep.me in /alt_inst/var/tmp since the wake.',
      focus: () => ['vg:altinst_rootvg'],
      solutionLines: [4],
    },
    said({
      id: 'sleep',
      text: 'Put the copy back to sleep.',
      hint: 'Run `alt_rootvg_op -S`: lspv shows hdisk1 as altinst_rootvg without "active".',
      ladder: {
        nudge: 'A woken copy must never meet a reboot. What undoes the wake?',
        concept: '`alt_rootvg_op` -S unmounts /alt_inst, renames the LVs back and varies the copy off.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'var-tmp-kept',
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: put it to sleep.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [5],
    }),
  ],
  solution: ['echo "^./tmp/" > /etc/exclude.alt', 'alt_disk_copy -e /etc/exclude.alt -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'ls /alt_inst/tmp', 'ls /alt_inst/var/tmp', 'alt_rootvg_op -S'],
  deadEnd: (s) => hangDeadEnd(s) ?? (lifecycleIs(s, 'odmDamaged') ? 'The system rebooted with the copy awake: remove it with alt_rootvg_op -X altinst_rootvg and clone again, or restart this lesson.' : null),
  negatives: [
    { objective: 'clone', lines: ['alt_disk_copy -d hdisk1'], why: 'no exclude list: /tmp is copied' },
    {
      objective: 'tmp-empty',
      lines: ['echo "^./var/tmp/" > /etc/exclude.alt', 'alt_disk_copy -e /etc/exclude.alt -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'ls /alt_inst/tmp'],
      why: 'the pattern left out /var/tmp instead: the dumps are in the copy',
    },
    {
      objective: 'var-tmp-kept',
      lines: ['echo "tmp/" > /etc/exclude.alt', 'alt_disk_copy -e /etc/exclude.alt -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'ls /alt_inst/tmp', 'ls /alt_inst/var/tmp'],
      why: 'an unanchored pattern also matched ./var/tmp/: keep.me was left behind',
    },
    {
      objective: 'sleep',
      lines: ['echo "^./tmp/" > /etc/exclude.alt', 'alt_disk_copy -e /etc/exclude.alt -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'ls /alt_inst/tmp', 'ls /alt_inst/var/tmp', 'lspv'],
      why: 'the copy is still awake',
    },
  ],
};
