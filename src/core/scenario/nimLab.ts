// The NIM lab (issue 18): a NIM master aixnim01 on AIX 7.3 with an lpp_source and SPOTs, a cache volume
// group for nimadm -j, and the reference lab's aixlab01 (AIX 7.2, hdisk1 free) defined as its client.
// The terminal starts on the master, where nimadm runs; `lab console aixlab01` reaches the client.
// Sources: IBM Docs "Installing alternate disk migration"
// (https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html).
import { formatNimDb, NIM_DB, type NimObject } from '../engine/nim/db.ts';
import { bringUp } from '../engine/startup.ts';
import { emptyVg, installRootvg, makeDisk, newHost } from '../model/build.ts';
import { epochMs } from '../model/time.ts';
import type { Fileset, OsImage, VgImage, World } from '../model/types.ts';
import { LAB_START_MS, referenceLab, updateImages } from './referenceLab.ts';

export const NIM_MASTER = 'aixnim01';
export const NIM_CLIENT = 'aixlab01';
/** The level the lab migrates to, and an older 7.3 SPOT that must not be used with it. */
export const NIM_TARGET_LEVEL = '7300-01-01-2246';
export const NIM_OLD_SPOT_LEVEL = '7300-00-01-2148';

const LPP_DIR = '/export/nim/lpp_source/lpp73';

function nimFilesets(os: OsImage, names: [string, string][]): void {
  const level = Object.values(os.filesets)[0].level;
  for (const [name, description] of names) os.filesets[name] = { level, state: 'COMMITTED', description } satisfies Fileset;
}

function fsOf(vg: VgImage, lv: string) {
  const fs = vg.lvs.find((l) => l.name === lv)?.fs;
  if (!fs) throw new Error(`lab: ${lv} has no file system`);
  return fs.files;
}

function spot(name: string, level: string): NimObject {
  const [v, r, tl] = [level[0], level[1], String(Number(level.slice(5, 7)))];
  return {
    name,
    class: 'resources',
    type: 'spot',
    attrs: [
      ['plat_defined', 'chrp'],
      ['arch', 'power'],
      ['Rstate', 'ready for use'],
      ['location', `/export/nim/spot/${name}/usr`],
      ['version', v],
      ['release', r],
      ['mod', tl],
      ['oslevel_r', level.slice(0, 7)],
      ['oslevel_s', level],
      ['alloc_count', '0'],
      ['server', 'master'],
    ],
  };
}

export function nimObjects(): NimObject[] {
  return [
    { name: 'master', class: 'machines', type: 'master', attrs: [['platform', 'chrp'], ['netboot_kernel', '64'], ['if1', `ent-Network1 ${NIM_MASTER} 0`], ['Cstate', 'ready for a NIM operation']] },
    { name: 'boot', class: 'resources', type: 'boot', attrs: [['Rstate', 'ready for use'], ['location', '/tftpboot'], ['alloc_count', '0'], ['server', 'master']] },
    { name: 'nim_script', class: 'resources', type: 'nim_script', attrs: [['Rstate', 'ready for use'], ['location', '/export/nim/scripts'], ['alloc_count', '0'], ['server', 'master']] },
    { name: 'ent-Network1', class: 'networks', type: 'ent', attrs: [['net_addr', '10.10.10.0'], ['snm', '255.255.255.0'], ['Nstate', 'ready for use']] },
    {
      name: NIM_CLIENT,
      class: 'machines',
      type: 'standalone',
      attrs: [['platform', 'chrp'], ['netboot_kernel', '64'], ['if1', `ent-Network1 ${NIM_CLIENT} 0`], ['cable_type1', 'N/A'], ['Cstate', 'ready for a NIM operation'], ['prev_state', 'ready for a NIM operation'], ['Mstate', 'currently running']],
    },
    {
      name: 'lpp73',
      class: 'resources',
      type: 'lpp_source',
      attrs: [['arch', 'power'], ['Rstate', 'ready for use'], ['prev_state', 'unavailable for use'], ['location', LPP_DIR], ['simages', 'yes'], ['alloc_count', '0'], ['server', 'master']],
    },
    spot('spot73', NIM_TARGET_LEVEL),
    spot('spot73tl0', NIM_OLD_SPOT_LEVEL),
  ];
}

export function nimLab(): World {
  const world = referenceLab();
  world.console = NIM_MASTER;

  // The client: the reference lab's aixlab01, a configured NIM client.
  const clientRoot = world.vgs[world.hosts[NIM_CLIENT].run!.rootVgid];
  nimFilesets(clientRoot.os!, [['bos.sysmgt.nim.client', 'Network Install Manager - Client Tools']]);
  fsOf(clientRoot, 'hd4')['etc/niminfo'] = { kind: 'file', text: `export NIM_NAME=${NIM_CLIENT}\nexport NIM_HOSTNAME=${NIM_CLIENT}\nexport NIM_CONFIGURATION=standalone\nexport NIM_MASTER_HOSTNAME=${NIM_MASTER}\n` };

  // The master: rootvg on hdisk0, the cache volume group nimadmvg on hdisk1, a small one on hdisk2.
  world.hosts[NIM_MASTER] = newHost(NIM_MASTER);
  const n0 = (world.disks.n0 = makeDisk('n0', NIM_MASTER, 0, 40960, '00c8e14a0a11c001'));
  const n1 = (world.disks.n1 = makeDisk('n1', NIM_MASTER, 1, 20480, '00c8e14a0a11c002'));
  const n2 = (world.disks.n2 = makeDisk('n2', NIM_MASTER, 2, 1024, '00c8e14a0a11c003'));
  const root = installRootvg(world, n0, { hostname: NIM_MASTER, level: NIM_TARGET_LEVEL, ppSizeMB: 64, builtAtMs: epochMs(2026, 9, 14, 11, 0, 0), vgid: '00c8e14a00004c000000018a1b2c3d01' });
  nimFilesets(root.os!, [
    ['bos.sysmgt.nim.master', 'Network Install Manager - Master Tools'],
    ['bos.sysmgt.nim.spot', 'Network Install Manager - SPOT'],
    ['bos.sysmgt.nim.client', 'Network Install Manager - Client Tools'],
  ]);
  for (const [disk, name, vgid] of [
    [n1, 'nimadmvg', '00c8e14a00004c000000018a1b2c3d02'],
    [n2, 'tinyvg', '00c8e14a00004c000000018a1b2c3d03'],
  ] as const) {
    const vg = emptyVg(vgid, 64, [disk.pvid!]);
    world.vgs[vgid] = vg;
    disk.vgid = vgid;
    root.os!.odm.vgs.push({ name, vgid, pvids: [disk.pvid!], autoOn: true });
  }

  // The lpp_source images and the NIM database live in the master's / (hd4) here.
  const files = fsOf(root, 'hd4');
  const images = updateImages(NIM_TARGET_LEVEL);
  for (const dir of ['etc/objrepos', 'export', 'export/nim', 'export/nim/lpp_source', 'export/nim/spot', 'export/nim/scripts', LPP_DIR.slice(1)]) files[dir] = { kind: 'dir' };
  files[`${LPP_DIR.slice(1)}/.toc`] = images;
  for (const [name, level] of Object.entries(images.filesets)) files[`${LPP_DIR.slice(1)}/${name}.${level}.I`] = { kind: 'file', sizeKB: 20480 };
  for (const s of ['spot73', 'spot73tl0']) files[`export/nim/spot/${s}`] = { kind: 'dir' };
  files[NIM_DB.slice(1)] = { kind: 'file', text: formatNimDb(nimObjects()) };
  files['etc/hosts'] = { kind: 'file', text: `127.0.0.1               loopback localhost\n10.10.10.5              ${NIM_MASTER}\n10.10.10.21             ${NIM_CLIENT}\n` };

  world.hosts[NIM_MASTER].nvram.normal = [{ diskId: 'n0', blv: 'hd5' }];
  bringUp(world, NIM_MASTER, 'n0', LAB_START_MS - 86_400_000);
  // The master first: the console starts there, and the diagram and lab status list hosts in this order.
  const { [NIM_MASTER]: master, ...others } = world.hosts;
  world.hosts = { [NIM_MASTER]: master, ...others };
  return world;
}

