// Issue 15, acceptance 4: every built-in lesson objective the vocabulary can say is said in it (its `spec`,
// core/lessons/vocabulary.ts, decides `done`; the lesson keeps its own words). The objectives that still need
// code are listed here, each with the reason: a new objective without a spec fails this test until it is
// said in the vocabulary or added here with its reason, so the split cannot grow unnoticed.
import { describe, expect, it } from 'vitest';
import { checkSpec } from '../core/lessons/vocabulary.ts';
import { LESSONS } from './index.ts';

const PATTERN = 'matches a command or an output with a pattern (digits, word boundaries, alternatives, a flag value) that plain text cannot say';
const STATE = 'reads state the vocabulary has no term for';
const HOST = "reads a named host (the NIM client aixlab01) whichever host the console is on; the vocabulary reads the console's host";

/** `<lesson>/<objective>` → why its `done` is code. */
export const PREDICATES: Record<string, string> = {
  'preflight/boot-disk': `${PATTERN}: bootinfo -b or getconf BOOT_DEVICE, printing some hdiskN`,
  'preflight/level': `${PATTERN}: a full oslevel -s level`,
  'wrong-disk/refused': `${PATTERN}: the -d flag's value hdisk2`,
  'wrong-disk/find-free': `${PATTERN}: the columns of an lspv line`,
  'smit-clone/open': `${PATTERN}: smitty with the alt_clone or alt_install fast path, or none`,
  'smit-clone/clone': `${PATTERN}: the SMIT fast path opened before the clone`,
  'smit-clone/history': `${PATTERN}: the generated command line in history`,
  'phased-clone/phase1': `${PATTERN}: the -P flag's value 1`,
  'phased-clone/inspect': `${PATTERN}: the -P flag's value 1, then any of five commands`,
  'phased-clone/phase3': `${PATTERN}: the -P flag's value 3 and a bootlist line`,
  'exclude-list/tmp-empty': `${PATTERN}: ls of exactly /alt_inst/tmp, and none of several failure texts`,
  'exclude-list/var-tmp-kept': `${PATTERN}: ls of exactly /alt_inst/var/tmp`,
  'several-clones/query': `${PATTERN}: hdisk3 as a whole word in the command and a whole output line`,
  'update-clone/production-untouched': `${STATE}: the level read after the clone and before the reboot`,
  'wake-newer/warned': `${PATTERN}: a message wrapped over lines (spaces collapsed)`,
  'force-wake/refused': `${STATE}: the raw line without FORCE= (the vocabulary's commands drop NAME= prefixes)`,
  'fall-back/remove': `${STATE}: hdisk1 keeps its PVID`,
  'rootvg-removed/notice': `${PATTERN}: -X with rootvg as its operand`,
  'rootvg-removed/redefine': `${PATTERN}: -X rootvg before redefinevg`,
  'rootvg-removed/sync': `${STATE}: rootvg has logical volumes again`,
  'hands-off/empty': `${PATTERN}: hd4 as a whole word absent from lsvg -l`,
  'double-wake/doubled': `${STATE}: /alt_inst/alt_inst mounts`,
  'power-cut/inspect': `${PATTERN}: the columns of an lspv line`,
  'power-cut/stuck': `${STATE}: a failed attempt to finish after the cut, read from the raw lines`,
  'mirrored-rootvg/spot-mirror': `${PATTERN}: lsvg -l rootvg or lslv -l of any LV`,
  'mirrored-rootvg/image-data': `${PATTERN}: any of six readers of /home/image.data`,
  'mksysb-restore/restore': `${STATE}: the image's host and level on the disk`,
  'mksysb-restore/boot': `${STATE}: the boot disk by hardware id`,
  'mksysb-restore/datavg': `${STATE}: datavg on the data disk by hardware id`,
  'mirrored-mksysb/spot': `${PATTERN}: the PVs column of lsmksysb`,
  'mirrored-mksysb/image-data': `${PATTERN}: COPIES= 1 and no COPIES= 2`,
  'other-lpar/release': `${STATE}: the disk's definition gone from the source host`,
  'other-lpar/move': `${STATE}: which host holds a disk`,
  'other-lpar/boot': `${STATE}: another host's power and boot disk`,
  'jfs-to-jfs2/find': `${PATTERN}: an lsvg -l or lsfs line showing JFS`,
  'jfs-to-jfs2/prove': `${STATE}: the type of a logical volume of the clone`,
  'reuse-old-disk/free-old': `${STATE}: old_rootvg removed and hdisk0 added to rootvg`,
  'reuse-old-disk/bosboot': `${STATE}: the copies of rootvg's logical volumes, and bosboot output`,
  'multibos-standby/boot': `${STATE}: which BOS instance runs (/ mounted from bos_hd4)`,
  'nimadm-migrate/migrate': `${HOST}: the level and role of its hdisk1`,
  'nimadm-migrate/boot': `${HOST}: its running level and boot disk`,
  'nimadm-migrate/fall-back': `${HOST}: its running level and boot disk, and its hdisk1`,
  'nimadm-phases/cleanup': `${HOST}: the role of its hdisk1 after nimadm -C`,
  'nimadm-phases/migrate-keep-bootlist': `${HOST}: its hdisk1 and the first disk of its bootlist`,
};

const all = LESSONS.flatMap((l) => l.objectives.map((o) => ({ key: `${l.id}/${o.id}`, o })));

describe('built-in objectives said in the vocabulary', () => {
  it('every objective has a spec, or is listed here with the reason it needs code', () => {
    const unsaid = all.filter(({ o }) => !o.spec).map(({ key }) => key);
    expect(unsaid.filter((k) => !(k in PREDICATES)), 'objectives without a spec and not listed').toEqual([]);
  });

  it('the list names only objectives that exist and have no spec (it shrinks as they are said)', () => {
    const byKey = new Map(all.map((x) => [x.key, x.o]));
    // Lessons still being written may not be in the index yet: only the existing keys are held to this.
    const stale = Object.keys(PREDICATES).filter((k) => byKey.get(k)?.spec !== undefined);
    expect(stale, 'listed but said in the vocabulary: remove them from the list').toEqual([]);
    for (const reason of Object.values(PREDICATES)) expect(reason.length).toBeGreaterThan(20);
  });

  it('each spec is data: it survives JSON and the strict check unchanged (so it could travel in a link)', () => {
    const said = all.filter(({ o }) => o.spec);
    expect(said.length).toBeGreaterThanOrEqual(70);
    for (const { key, o } of said) expect(checkSpec(JSON.parse(JSON.stringify(o.spec))), key).toEqual({ ok: true, value: o.spec });
  });
});
