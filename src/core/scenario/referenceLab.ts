// The reference lab of REFERENCE §0.3: aixlab01 on AIX 7200-05-03-2148 with four virtual SCSI disks.
import { addLvs, emptyVg, installRootvg, makeDisk, newHost, odmLvsFor, stanzasFor } from '../model/build.ts';
import { epochMs } from '../model/time.ts';
import type { FileNode, VgImage, World } from '../model/types.ts';
import { filesetsFor } from '../model/levels.ts';
import { bringUp } from '../engine/startup.ts';

export const LAB_START_MS = epochMs(2026, 11, 26, 9, 0, 0);

export function emptyWorld(seed: number, consoleHost: string): World {
  return { schema: 1, clock: { nowMs: LAB_START_MS }, rng: { state: seed }, hosts: {}, console: consoleHost, disks: {}, vgs: {} };
}

/** `jfsHome`: /home is a JFS file system with its own log, loglv00 (datavg's log is then loglv01). */
export function referenceLab(opts: { jfsHome?: boolean } = {}): World {
  const world = emptyWorld(opts.jfsHome ? 0x5eed0002 : 0x5eed0001, 'aixlab01');
  world.hosts.aixlab01 = newHost('aixlab01');
  const d0 = (world.disks.d0 = makeDisk('d0', 'aixlab01', 0, 20480, '00f6db0a6c7aece5'));
  world.disks.d1 = makeDisk('d1', 'aixlab01', 1, 20480, '00f6db0a8f3a1c22');
  const d2 = (world.disks.d2 = makeDisk('d2', 'aixlab01', 2, 51200, '00f6db0a91b44e07'));
  world.disks.d3 = makeDisk('d3', 'aixlab01', 3, 10240, null);

  const rootvg = installRootvg(world, d0, {
    hostname: 'aixlab01',
    level: '7200-05-03-2148',
    ppSizeMB: 32,
    builtAtMs: epochMs(2026, 10, 2, 14, 21, 7),
    vgid: '00f6db0a00004c000000017d43623707',
    jfsHome: opts.jfsHome,
  });
  const dataLog = opts.jfsHome ? 'loglv01' : 'loglv00';

  const datavg = emptyVg('00f6db0a00004c000000017d4a1b2c55', 64, [d2.pvid!]);
  addLvs(datavg, d2, [
    { name: dataLog, type: 'jfs2log', lps: 1 },
    {
      name: 'fslv00',
      type: 'jfs2',
      lps: 400,
      mount: '/data',
      usedMB: 9830,
      inodes: 1207,
      files: {
        app: { kind: 'dir' },
        'app/config.ini': { kind: 'file', text: '[app]\nname=payroll\nport=7001\n' },
        'app/README': { kind: 'file', text: 'Application data lives on datavg, not in rootvg.\n' },
      },
    },
  ]);
  world.vgs[datavg.vgid] = datavg;
  d2.vgid = datavg.vgid;
  const odm = rootvg.os!.odm;
  odm.vgs.push({ name: 'datavg', vgid: datavg.vgid, pvids: [d2.pvid!], autoOn: true });
  odm.lvs.push(...odmLvsFor(datavg, 'datavg'));
  odm.filesystems.push(...stanzasFor(datavg, () => `/dev/${dataLog}`));

  addUpdateImages(world, rootvg);
  world.hosts.aixlab01.nvram.normal = [{ diskId: 'd0', blv: 'hd5' }];
  bringUp(world, 'aixlab01', 'd0', LAB_START_MS - 3 * 86_400_000);
  return world;
}

/** Service pack 7200-05-04 as an installp directory (/export/7200-05-04) and on the DVD in /dev/cd0. */
export function updateImages(level: string): Extract<FileNode, { kind: 'lppsource' }> {
  const filesets: Record<string, string> = {};
  for (const [name, f] of Object.entries(filesetsFor(level))) filesets[name] = f.level;
  return { kind: 'lppsource', level, filesets };
}

function addUpdateImages(world: World, rootvg: VgImage): void {
  const images = updateImages('7200-05-04-2220');
  const hd4 = rootvg.lvs.find((l) => l.name === 'hd4')!.fs!;
  hd4.files['export'] = { kind: 'dir' };
  hd4.files['export/7200-05-04'] = { kind: 'dir' };
  hd4.files['export/7200-05-04/.toc'] = images;
  for (const [name, level] of Object.entries(images.filesets)) {
    hd4.files[`export/7200-05-04/${name}.${level}.bff`] = { kind: 'file', sizeKB: 20480 };
  }
  world.hosts.aixlab01.cdrom = structuredClone(images);
}
