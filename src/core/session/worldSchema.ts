// The shape of a stored World (model/types.ts), field by field, with the limits a real lab stays far
// inside. A field added to the model is added here too (restore.test.ts round-trips every scenario).
import type { FileNode, FsImage, LvImage, World } from '../model/types.ts';
import { arr, bool, type Check, int, map, nullable, num, obj, oneOf, recursive, str, tagged } from './schema.ts';

/** Limits: generous for any lab a learner builds, small enough that a hostile record cannot stall a load. */
export const LIMITS = {
  /**
   * Names and paths the learner can type (file names, mount points, VG and LV names, variables) get
   * the room of a long command line: whatever the simulator accepts must open again.
   */
  name: 64 * 1024,
  id: 64,
  text: 64 * 1024,
  /** One file's text (the simulated file systems hold small configuration files and logs). */
  fileText: 4 * 1024 * 1024,
  filesPerFs: 20_000,
  disks: 1024,
  vgs: 1024,
  hosts: 64,
  lvsPerVg: 512,
  extentsPerCopy: 4096,
  odmObjects: 8192,
  filesets: 8192,
  vars: 4096,
  errlog: 10_000,
  /** PPs on one PV: AIX's largest scalable VG allows 2,097,152 per VG. */
  ppsPerPv: 2_097_152,
  sizeMB: 64 * 1024 * 1024,
  timeMs: 1e15,
} as const;

const HEX = /^[0-9a-f]+$/;
const name = str(LIMITS.name);
const id = str(LIMITS.id);
const text = str(LIMITS.text);
const time = num(-LIMITS.timeMs, LIMITS.timeMs);
const count = int(0, 2 ** 31);
const hex16 = str(16, /^[0-9a-f]{16}$/);
const vgid = str(LIMITS.id, HEX);
const lvType = oneOf('boot', 'paging', 'jfs2log', 'jfslog', 'jfs2', 'jfs', 'sysdump');
const fsVfs = oneOf('jfs2', 'jfs', 'procfs', 'ahafs');
const levelMap = map(name, { max: LIMITS.filesets, key: name });

const errEntry = obj({
  id: str(8, /^[0-9A-F]{8}$/),
  atMs: time,
  type: oneOf('P', 'T', 'I', 'U'),
  cls: oneOf('H', 'S', 'O', 'U'),
  resource: name,
  description: text,
});

const fileset = obj(
  { level: name, state: oneOf('COMMITTED', 'APPLIED', 'BROKEN'), description: text },
  { efixLocked: bool, history: arr(obj({ level: name, action: oneOf('APPLY', 'COMMIT'), atMs: time }), LIMITS.filesets) },
);

const odm = obj({
  disks: arr(obj({ name, diskId: id, pvid: nullable(hex16), state: oneOf('Available', 'Defined') }), LIMITS.odmObjects),
  vgs: arr(obj({ name, vgid, pvids: arr(hex16, LIMITS.disks), autoOn: bool }), LIMITS.odmObjects),
  lvs: arr(obj({ name, vg: name, lvid: str(LIMITS.id + 12), type: lvType }), LIMITS.odmObjects),
  filesystems: arr(obj({ mount: str(LIMITS.text), dev: str(LIMITS.text), vfs: fsVfs, log: nullable(str(LIMITS.text)), auto: bool, account: bool }), LIMITS.odmObjects),
});

const osImage = obj(
  { hostname: name, level: name, filesets: map(fileset, { max: LIMITS.filesets, key: name }), odm },
  {
    firstBootScript: nullable(str(LIMITS.text)),
    clonedFrom: nullable(vgid),
    restoredFromMksysb: bool,
    pendingFirstBoot: nullable(obj({ fromVgid: nullable(vgid) })),
    errlog: arr(errEntry, LIMITS.errlog),
    efixes: arr(obj({ label: name, abstract: text, installedAtMs: time, filesets: arr(name, LIMITS.filesets), state: oneOf('S', 'Q') }), LIMITS.filesets),
    installedAtMs: time,
  },
);

const extent = obj({ pvid: hex16, start: int(1, LIMITS.ppsPerPv), count: int(1, LIMITS.ppsPerPv) });

const bootImage = obj(
  {
    level: name,
    builtAtMs: time,
    blocks: count,
    baseOdm: obj({ rootLvs: arr(name, LIMITS.lvsPerVg), mounts: map(name, { max: LIMITS.lvsPerVg, key: str(LIMITS.text) }) }),
    madeForHost: name,
  },
  { deviceReset: obj({ console: nullable(name) }) },
);

/** A FileNode; a mksysb file holds LVs whose file systems hold FileNodes again (bounded nesting). */
const fileNode: Check<FileNode> = recursive<FileNode>((self) => {
  const lvImage = lvImageCheck(fsImageOf(self));
  return tagged<FileNode>('kind', {
    dir: obj({ kind: oneOf('dir') }),
    file: obj({ kind: oneOf('file') }, { text: str(LIMITS.fileText), sizeKB: num(0, LIMITS.sizeMB * 1024) }),
    lppsource: obj({ kind: oneOf('lppsource'), level: name, filesets: levelMap }),
    mksysb: obj({
      kind: oneOf('mksysb'),
      image: obj({ sourceHost: name, createdAtMs: time, os: osImage, ppSizeMB: int(1, 1024), lvs: arr(lvImage, LIMITS.lvsPerVg) }),
    }),
  }) as Check<FileNode>;
}, 4);

/** Superblock and files of a file system; file names are the learner's own (`touch constructor`). */
function fsImageOf(file: Check<FileNode>): Check<FsImage> {
  return obj({
    vfs: oneOf('jfs2', 'jfs'),
    superblockMount: str(LIMITS.text),
    usedMB: num(0, LIMITS.sizeMB),
    inodesUsed: count,
    files: map(file, { max: LIMITS.filesPerFs, key: str(LIMITS.text), userNames: true }),
  });
}

function lvImageCheck(fsImage: Check<FsImage>): Check<LvImage> {
  return obj(
    {
      minor: int(-1, 65535),
      name,
      type: lvType,
      lps: int(0, LIMITS.ppsPerPv),
      copies: arr(arr(extent, LIMITS.extentsPerCopy), 3),
      label: nullable(str(LIMITS.text)),
      intraPolicy: oneOf('edge', 'middle', 'center', 'inner middle', 'inner edge'),
    },
    { stale: bool, fs: fsImage, bootImage },
  );
}


const vgImage = obj(
  {
    vgid,
    ppSizeMB: int(1, 1024),
    maxPpsPerPv: int(1, LIMITS.ppsPerPv),
    pvids: arr(hex16, LIMITS.disks),
    lvs: arr(lvImageCheck(fsImageOf(fileNode)), LIMITS.lvsPerVg),
    nextMinor: int(0, 65536),
  },
  { altPhase: oneOf(0, 1, 2), quorum: bool, os: osImage, standbyBos: osImage },
);

const disk = obj(
  {
    id,
    location: nullable(obj({ host: name, slot: int(0, 4096) })),
    sizeMB: num(1, LIMITS.sizeMB),
    pvid: nullable(hex16),
    description: text,
    vgid: nullable(vgid),
    bootRecord: nullable(obj({ blv: name })),
  },
  { failed: bool },
);

const bootDevice = obj({ diskId: id, blv: name });
const power = oneOf('off', 'firmware', 'sms', 'booting', 'hung', 'running');

const mount = obj({
  dev: str(LIMITS.text),
  mount: str(LIMITS.text),
  vfs: fsVfs,
  lv: nullable(obj({ vgid, minor: int(-1, 65535) })),
  atMs: time,
  log: nullable(str(LIMITS.text)),
});

const runState = obj({
  bootDiskId: id,
  rootVgid: vgid,
  bootedAtMs: time,
  variedOn: arr(vgid, LIMITS.vgs),
  mounts: arr(mount, LIMITS.odmObjects),
  cwd: str(LIMITS.text),
  lastExit: int(0, 255),
  vars: map(str(64 * 1024), { max: LIMITS.vars, key: str(LIMITS.name), userNames: true }),
});

const host = obj(
  {
    name,
    model: name,
    memoryMB: int(0, LIMITS.sizeMB),
    processors: int(0, 4096),
    slots: int(0, 4096),
    nvram: obj({ normal: arr(bootDevice, 64), service: arr(bootDevice, 64) }),
    power,
    led: nullable(str(16)),
    hangReason: nullable(text),
    run: nullable(runState),
    lastBootDiskId: nullable(id),
    cdrom: nullable(fileNode),
  },
  { bootAttemptDiskId: nullable(id), errBuffer: arr(errEntry, LIMITS.errlog), tape: nullable(fileNode) },
);

/** The shape of a World; cross-references are checked in restore.ts. */
export const worldShape: Check<World> = obj({
  schema: oneOf(1),
  clock: obj({ nowMs: time }),
  rng: obj({ state: num(-(2 ** 53), 2 ** 53) }),
  hosts: map(host, { max: LIMITS.hosts, key: name }),
  console: name,
  disks: map(disk, { max: LIMITS.disks, key: id }),
  vgs: map(vgImage, { max: LIMITS.vgs, key: vgid }),
}) as Check<World>;
