// The world invariants: the reference lab keeps them, and each broken property is reported.
import { describe, expect, it } from 'vitest';
import { newSessionState } from '../session/session.ts';
import { checkInvariants } from './invariants.ts';
import type { World } from './types.ts';

const fresh = (): World => newSessionState('reference-lab')!.world;
const rootvg = (w: World) => w.vgs[w.hosts.aixlab01.run!.rootVgid];
const odm = (w: World) => rootvg(w).os!.odm;

describe('checkInvariants', () => {
  it('holds for the reference lab', () => expect(checkInvariants(fresh())).toEqual([]));

  it('a PP used twice', () => {
    const w = fresh();
    rootvg(w).lvs[1].copies[0][0].start = 1; // hd6 over hd5's PP 1
    expect(checkInvariants(w).some((v) => v.includes('PP 1 of 00f6db0a6c7aece5 is used by hd5 and hd6'))).toBe(true);
  });

  it('a PP beyond the disk', () => {
    const w = fresh();
    rootvg(w).lvs[0].copies[0][0].start = 640;
    expect(checkInvariants(w).some((v) => v.includes('uses PP 640 beyond the 639 PPs'))).toBe(true);
  });

  it('a copy whose size differs from the LPs, and two copies on one PV', () => {
    const w = fresh();
    const hd4 = rootvg(w).lvs.find((l) => l.name === 'hd4')!;
    hd4.copies.push([{ pvid: hd4.copies[0][0].pvid, start: 600, count: 3 }]);
    const v = checkInvariants(w);
    expect(v.some((x) => x.includes('LV hd4 copy 2 has 3 PPs for 4 LPs'))).toBe(true);
    expect(v.some((x) => x.includes('LV hd4 keeps 2 copies on'))).toBe(true);
  });

  it('a PV in two VGs of one ODM', () => {
    const w = fresh();
    odm(w).vgs[1].pvids.push('00f6db0a6c7aece5');
    expect(checkInvariants(w).some((v) => v.includes('PV 00f6db0a6c7aece5 is in rootvg and datavg'))).toBe(true);
  });

  it('an LV name defined twice', () => {
    const w = fresh();
    odm(w).lvs.push({ ...odm(w).lvs[0], lvid: 'x.99' });
    expect(checkInvariants(w).some((v) => v.includes('LV name hd5 is defined twice'))).toBe(true);
  });

  it('a boot list naming unknown hardware', () => {
    const w = fresh();
    w.hosts.aixlab01.nvram.normal.push({ diskId: 'gone', blv: 'hd5' });
    expect(checkInvariants(w)).toContain('aixlab01: boot list names unknown disk gone');
  });

  it('a mounted file system of a varied-off VG', () => {
    const w = fresh();
    w.hosts.aixlab01.run!.variedOn = w.hosts.aixlab01.run!.variedOn.filter((id) => id === w.hosts.aixlab01.run!.rootVgid);
    expect(checkInvariants(w).some((v) => v.includes('/data is mounted from VG'))).toBe(true);
  });
});

describe('clonePlain', () => {
  it('copies plain data deeply, keeps an own __proto__ key as a key, and leaves Object.prototype alone', async () => {
    const { clonePlain } = await import('./clone.ts');
    const src = JSON.parse('{"a":[1,{"b":"c"}],"__proto__":{"polluted":true},"n":null}');
    const copy = clonePlain(src);
    expect(copy).toEqual(src);
    expect(copy.a).not.toBe(src.a);
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
