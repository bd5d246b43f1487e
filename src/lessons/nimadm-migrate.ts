// Lesson: migrate a NIM client to AIX 7.3 with nimadm from the NIM master, boot the new release on the
// client, and fall back to 7.2 by the bootlist (issue 18; IBM Docs "Installing alternate disk migration",
// https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html).
import { hangDeadEnd } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const CLIENT = 'aixlab01';
const NEW = '7300-01-01-2246';
const OLD = '7200-05-03-2148';
const MIGRATE = 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y';
const client = (s: SimSnapshot) => s.hosts.find((h) => h.name === CLIENT) ?? null;
const clientDisk = (s: SimSnapshot, name: string) => client(s)?.disks.find((d) => d.name === name) ?? null;
const migrated = (s: SimSnapshot) => {
  const d = clientDisk(s, 'hdisk1');
  return !!d && d.osLevel === NEW && (d.role === 'altinst_rootvg' || d.role === 'rootvg' || d.role === 'old_rootvg');
};

export const nimadmMigrate: Lesson = {
  id: 'nimadm-migrate',
  title: 'A new release with nimadm: migrate, boot, fall back',
  summary: 'From the NIM master, migrate aixlab01 to AIX 7.3 on its spare disk, boot 7.3 on the client, then go back to 7.2 with the bootlist.',
  track: 'advanced',
  scenario: 'nim-lab',
  intro: `A new release (7.2 to 7.3) is a migration, not an update: alt_disk_copy -b cannot do it. nimadm, run on the NIM master, does it the alternate-disk way: phase 1 clones the client's rootvg to a free disk of the client (altinst_rootvg), phases 2 to 10 migrate that copy on the master with the lpp_source and SPOT of the new level, phase 11 puts it to sleep and sets the client's bootlist, phase 12 cleans up. The client keeps running 7.2 all the while.

The terminal starts on the NIM master aixnim01. lsnim lists what it knows: the client aixlab01, the lpp_source lpp73 and the SPOTs. -j names the cache volume group on the master (nimadmvg), -Y accepts the license agreements.

lab console aixlab01 takes the terminal to the client (a trainer command: think of it as a second session). Boot the new disk there, check the level, and come back to 7.2 the way you would after a failed migration: point the bootlist at hdisk0 and reboot.`,
  objectives: [
    said({
      id: 'look',
      text: 'On the master, look at the SPOT resources NIM has.',
      hint: 'Run `lsnim -t spot`, then `lsnim -l spot73` to see its level (oslevel_s).',
      ladder: {
        nudge: 'Which NIM resources could serve a 7.3 migration, and at what level?',
        concept: '`lsnim` lists the NIM objects; -t picks a type, -l shows one object\'s attributes.',
        blanks: 'lsnim -t ____',
      },
      keep: true,
      spec: { ran: { name: 'lsnim' } },
      whyNotYet: () => 'lsnim has not been run on the master yet.',
      focus: () => ['host:aixnim01'],
      solutionLines: [0],
    }),
    {
      id: 'migrate',
      text: 'Migrate aixlab01 to 7300-01-01-2246 on its free disk hdisk1.',
      hint: `Run \`${MIGRATE}\` on aixnim01. The last line says the migration is complete.`,
      ladder: {
        nudge: 'The master does the work: which client, which resources, which disk, and where to cache?',
        concept: '`nimadm` -c names the client, -s the SPOT, -l the lpp_source, -d the client\'s disk, -j the cache VG, -Y accepts the licences.',
        blanks: 'nimadm -j nimadmvg -c aixlab01 -s ______ -l lpp73 -d hdisk1 -Y',
      },
      after: 'look',
      keep: true,
      done: (s) => migrated(s),
      whyNotYet: (s) => (clientDisk(s, 'hdisk1')?.role === 'altinst_rootvg' ? 'hdisk1 of aixlab01 holds a copy, but not at 7300-01-01-2246.' : 'hdisk1 of aixlab01 holds no migrated copy yet.'),
      focus: () => ['host:aixlab01'],
      solutionLines: [1],
    },
    {
      id: 'boot',
      text: 'On aixlab01, boot the migrated disk: the client runs 7300-01-01-2246.',
      hint: 'Run `lab console aixlab01`, then `shutdown -Fr`; `oslevel -s` shows the new level.',
      ladder: {
        nudge: 'nimadm set the client\'s bootlist. What is left to do on the client?',
        concept: '`lab` console moves the terminal to aixlab01; `shutdown -Fr` restarts it onto the bootlist\'s disk.',
        blanks: 'lab console aixlab01 ; shutdown -__',
      },
      after: 'migrate',
      keep: true,
      done: (s) => client(s)?.level === NEW && client(s)?.bootDisk === 'hdisk1',
      whyNotYet: (s) => `aixlab01 runs ${client(s)?.level ?? 'nothing'} from ${client(s)?.bootDisk ?? 'no disk'}.`,
      focus: () => ['host:aixlab01'],
      solutionLines: [2, 3],
    },
    {
      id: 'fall-back',
      text: 'Fall back: aixlab01 runs 7200-05-03-2148 from hdisk0 again.',
      hint: 'On aixlab01 run `bootlist -m normal hdisk0`, then `shutdown -Fr`.',
      ladder: {
        nudge: 'The old rootvg is still on hdisk0. What decides which disk the next boot uses?',
        concept: '`bootlist` -m normal hdisk0 points the next boot at the old disk; a restart follows it.',
        blanks: 'bootlist -m normal ______ ; shutdown -Fr',
      },
      after: 'boot',
      done: (s) => client(s)?.level === OLD && client(s)?.bootDisk === 'hdisk0' && migrated(s),
      whyNotYet: (s) => `aixlab01 runs ${client(s)?.level ?? 'nothing'} from ${client(s)?.bootDisk ?? 'no disk'}.`,
      focus: () => ['host:aixlab01', 'bootlist'],
      solutionLines: [5, 6],
    },
  ],
  solution: ['lsnim -t spot', MIGRATE, 'lab console aixlab01', 'shutdown -Fr', 'oslevel -s', 'bootlist -m normal hdisk0', 'shutdown -Fr'],
  deadEnd: (s) => hangDeadEnd(s),
  negatives: [
    { objective: 'look', lines: ['lspv'], why: 'lspv shows disks, not NIM resources' },
    { objective: 'migrate', lines: ['lsnim -t spot', MIGRATE.replace('spot73', 'spot73tl0')], why: 'the older SPOT is refused: nothing is migrated' },
    { objective: 'boot', lines: ['lsnim -t spot', MIGRATE + ' -B', 'lab console aixlab01', 'shutdown -Fr'], why: 'with -B the client bootlist stayed on hdisk0: the reboot comes back on 7.2' },
    { objective: 'fall-back', lines: ['lsnim -t spot', MIGRATE, 'lab console aixlab01', 'shutdown -Fr', 'shutdown -Fr'], why: 'without a bootlist change the client boots 7.3 again' },
  ],
};
