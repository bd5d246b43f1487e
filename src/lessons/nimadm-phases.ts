// Lesson: nimadm's cache, phases and cleanup: a cache volume group that is too small, a migration run in
// steps with -P and abandoned with -C, then a full migration that leaves the client's bootlist alone (-B)
// (issue 18; IBM Docs https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html and
// https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_usage.html).
import { hangDeadEnd, isCommand, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const NEW = '7300-01-01-2246';
const BASE = 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y';
const client = (s: SimSnapshot) => s.hosts.find((h) => h.name === 'aixlab01') ?? null;
const hdisk1 = (s: SimSnapshot) => client(s)?.disks.find((d) => d.name === 'hdisk1') ?? null;
const nimadm = (c: string) => isCommand(c, 'nimadm');
const firstBoot = (s: SimSnapshot) => client(s)?.bootlist.normal[0]?.split(' ')[0] ?? null;

export const nimadmPhases: Lesson = {
  id: 'nimadm-phases',
  title: 'nimadm in steps: the cache, -P, -C and -B',
  summary: 'See nimadm refuse a cache volume group too small, run phase 1 alone, clean it up with -C, then migrate with the client\'s bootlist left alone.',
  track: 'advanced',
  scenario: 'nim-lab',
  intro: `With -j, nimadm works in cache file systems it creates in a volume group of the master: they must hold the client's rootvg file systems. The master aixnim01 has two: nimadmvg (20 GB) and tinyvg (1 GB). nimadm checks before it starts and changes nothing when the cache cannot hold the copy.

-P runs some of the 12 phases: -P 1 only clones the client's rootvg to the target disk (the copy stays awake on the client, as after alt_disk_copy -P 1); a later -P continues where the last one stopped. When you abandon a migration part-way, nimadm -C -c client -s spot cleans it up: the unfinished altinst_rootvg on the client goes, and the disk is free again.

Finally, -B migrates without touching the client's bootlist, so nothing changes at the client's next reboot until you decide.`,
  objectives: [
    said({
      id: 'cache',
      text: 'Try the migration with tinyvg as the cache and read why nimadm refuses it.',
      hint: `Run \`${BASE.replace('nimadmvg', 'tinyvg')}\`: nimadm names the free space and what the client's rootvg needs.`,
      ladder: {
        nudge: 'What must the cache volume group hold, and is tinyvg big enough?',
        concept: '`nimadm` -j names the cache VG on the master; it refuses one with less free space than the client\'s rootvg file systems use.',
        blanks: 'nimadm -j ______ -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y',
      },
      keep: true,
      spec: { saw: { name: 'nimadm' }, output: { contains: 'the cache volume group tinyvg has' } },
      whyNotYet: () => 'nimadm has not been tried with tinyvg yet.',
      focus: () => ['host:aixnim01'],
      solutionLines: [0],
    }),
    said({
      id: 'phase-one',
      text: 'Run phase 1 only, into the cache on nimadmvg.',
      hint: `Run \`${BASE} -P 1\`: the copy is made on hdisk1 of aixlab01 and left awake.`,
      ladder: {
        nudge: 'Which flag picks the phases to run?',
        concept: '`nimadm` -P 1 runs phase 1 alone (alt_disk_install phase 1 on the client).',
        blanks: `${BASE} -P __`,
      },
      after: 'cache',
      keep: true,
      spec: { saw: { name: 'nimadm' }, output: { contains: 'phases up to 1 done' } },
      whyNotYet: () => 'Phase 1 has not been run on its own.',
      focus: () => ['host:aixlab01'],
      solutionLines: [1],
    }),
    {
      id: 'cleanup',
      text: 'Abandon that migration: clean it up so hdisk1 of aixlab01 is free again.',
      hint: 'Run `nimadm -C -c aixlab01 -s spot73`.',
      ladder: {
        nudge: 'A part-way migration is left behind on the client and the master. Which nimadm form cleans it up?',
        concept: '`nimadm` -C with the client and the SPOT cleans up a migration that did not finish.',
        blanks: 'nimadm -__ -c aixlab01 -s spot73',
      },
      after: 'phase-one',
      keep: true,
      done: (s, _h, seen) => sawAfter(seen, (c) => nimadm(c) && c.includes('-P 1'), nimadm, (t) => t.includes('was cleaned up')) && hdisk1(s)?.role !== 'altinst_rootvg',
      whyNotYet: () => 'The part-way migration has not been cleaned up with nimadm -C.',
      focus: () => ['host:aixlab01'],
      solutionLines: [2],
    },
    {
      id: 'migrate-keep-bootlist',
      text: 'Migrate aixlab01 to 7.3 on hdisk1 with its bootlist left on hdisk0.',
      hint: `Run \`${BASE} -B\`. On the client (\`lab console aixlab01\`) \`bootlist -m normal -o\` still shows hdisk0.`,
      ladder: {
        nudge: 'The migration can leave the client\'s next boot as it is. Which flag says so?',
        concept: '`nimadm` -B skips the bootlist change of phase 11 (as alt_disk_copy -B does).',
        blanks: `${BASE} -__`,
      },
      after: 'cleanup',
      done: (s) => hdisk1(s)?.role === 'altinst_rootvg' && hdisk1(s)?.osLevel === NEW && firstBoot(s) === 'hdisk0',
      whyNotYet: (s) => {
        const d = hdisk1(s);
        if (d?.role !== 'altinst_rootvg' || d.osLevel !== NEW) return 'hdisk1 of aixlab01 holds no finished migration.';
        return `The client's bootlist starts with ${firstBoot(s) ?? 'nothing'}, not hdisk0.`;
      },
      focus: () => ['host:aixlab01', 'bootlist'],
      solutionLines: [3],
    },
  ],
  solution: [BASE.replace('nimadmvg', 'tinyvg'), `${BASE} -P 1`, 'nimadm -C -c aixlab01 -s spot73', `${BASE} -B`, 'lab console aixlab01', 'bootlist -m normal -o'],
  deadEnd: (s) => hangDeadEnd(s),
  negatives: [
    { objective: 'cache', lines: [BASE.replace(' -Y', '')], why: 'a refusal for the licence is not the cache lesson' },
    { objective: 'phase-one', lines: [BASE.replace('nimadmvg', 'tinyvg'), `${BASE.replace('nimadmvg', 'tinyvg')} -P 1`], why: 'phase 1 into tinyvg is refused too' },
    { objective: 'cleanup', lines: [BASE.replace('nimadmvg', 'tinyvg'), `${BASE} -P 1`, 'nimadm -S -c aixlab01 -s spot73'], why: '-S is sleep, not cleanup: the part-way copy stays' },
    { objective: 'migrate-keep-bootlist', lines: [BASE.replace('nimadmvg', 'tinyvg'), `${BASE} -P 1`, 'nimadm -C -c aixlab01 -s spot73', BASE], why: 'without -B the client bootlist moved to hdisk1' },
  ],
};
