// Snapshot fixtures for the UI's node tests: the reference lab (aixlab01, REFERENCE §0.3) as the
// snapshot shows it at the start, built by hand so UI tests do not depend on the engine.
import type { DiskView, HostView, SimSnapshot } from '../../protocol/index.ts';

export function disk(overrides: Partial<DiskView> & { id: string }): DiskView {
  return {
    name: null,
    pvid: null,
    sizeMB: 20480,
    vg: null,
    vgActive: false,
    role: 'free',
    bootRecord: false,
    osLevel: null,
    booted: false,
    failed: false,
    awake: false,
    ...overrides,
  };
}

export function referenceHost(overrides: Partial<HostView> = {}): HostView {
  return {
    name: 'aixlab01',
    power: 'running',
    led: null,
    hangReason: null,
    level: '7200-05-03-2148',
    bootDisk: 'hdisk0',
    disks: [
      disk({
        id: 'lun-0',
        name: 'hdisk0',
        pvid: '00f6db0a6c7aece5',
        vg: 'rootvg',
        vgActive: true,
        role: 'rootvg',
        bootRecord: true,
        osLevel: '7200-05-03-2148',
        booted: true,
      }),
      disk({ id: 'lun-1', name: 'hdisk1', pvid: '00f6db0a8f3a1c22' }),
      disk({ id: 'lun-2', name: 'hdisk2', pvid: '00f6db0a91b44e07', sizeMB: 51200, vg: 'datavg', vgActive: true, role: 'other' }),
      disk({ id: 'lun-3', name: 'hdisk3', sizeMB: 10240 }),
    ],
    vgs: [
      {
        name: 'rootvg',
        vgid: '00f6db0a00004c000000017d43623707',
        active: true,
        pvs: ['hdisk0'],
        lvs: [
          { name: 'hd5', type: 'boot', lps: 1, pps: 1, pvs: 1, state: 'closed/syncd', mount: null },
          { name: 'hd4', type: 'jfs2', lps: 4, pps: 4, pvs: 1, state: 'open/syncd', mount: '/' },
        ],
      },
      {
        name: 'datavg',
        vgid: '00f6db0a00004c000000017d99999999',
        active: true,
        pvs: ['hdisk2'],
        lvs: [{ name: 'datalv', type: 'jfs2', lps: 10, pps: 10, pvs: 1, state: 'open/syncd', mount: '/data' }],
      },
    ],
    bootlist: { normal: ['hdisk0 blv=hd5'], service: [] },
    mounts: [{ dev: '/dev/hd4', mount: '/' }],
    ...overrides,
  };
}

export function referenceSnapshot(overrides: Partial<SimSnapshot> = {}): SimSnapshot {
  return {
    console: 'aixlab01',
    clockMs: 0,
    scenario: 'reference-lab',
    hosts: [referenceHost()],
    shelf: [],
    lifecycle: { state: 'noAlternate', recent: [] },
    mode: 'shell',
    prompt: '# ',
    ...overrides,
  };
}
