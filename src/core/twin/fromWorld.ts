// A saved twin lab (a pasted server, or a server described in the builder) keeps its start world, not the
// facts it was built from. To share it as a link, the facts are read back from that world (host, level,
// disks, VGs, LVs and their copies, file systems, boot list, fixes, filesets, media) and the twin is built
// again from them: only when that gives exactly the same start world is the start returned, so a link never
// opens a different server than the one saved.
import { filesetsFor } from '../model/levels.ts';
import type { FileNode, World } from '../model/types.ts';
import type { SessionState } from '../session/api.ts';
import { TWIN_SCENARIO, type TwinMedia, type TwinStart } from './start.ts';
import { twinOfStart } from './startState.ts';
import type { FsFact, LvFact, PvFact, TwinFacts, VgFact } from './types.ts';

/** The twin start a session's start world was built from, or null when it cannot be said exactly. */
export function twinStartOfState(state: SessionState): TwinStart | null {
  if (state.scenario !== TWIN_SCENARIO) return null;
  try {
    const start = startOfWorld(state.start);
    if (!start) return null;
    const again = twinOfStart(start);
    return again.ok && JSON.stringify(again.value.state.start) === JSON.stringify(state.start) ? start : null;
  } catch {
    return null;
  }
}

function startOfWorld(w: World): TwinStart | null {
  const host = w.hosts[w.console];
  const root = host?.run ? w.vgs[host.run.rootVgid] : undefined;
  const os = root?.os;
  if (!host || !root || !os) return null;
  const odm = os.odm;
  const vgName = (vgid: string | null) => (vgid === null ? null : (odm.vgs.find((v) => v.vgid === vgid)?.name ?? null));
  const names = odm.disks.map((d) => d.name);
  const diskOf = (name: string) => w.disks[odm.disks.find((d) => d.name === name)!.diskId];
  const pvs: PvFact[] = names.map((n) => {
    const d = diskOf(n);
    const vg = vgName(d.vgid);
    return { name: n, pvid: d.pvid, vg, active: vg === 'rootvg' || (odm.vgs.find((v) => v.name === vg)?.autoOn ?? false) };
  });
  const facts: TwinFacts = { hostname: w.console, level: os.level, pvs, vgs: {}, lvs: {}, vgPvs: {}, diskSizes: {}, attrPvids: {}, fs: [] };
  for (const n of names) facts.diskSizes[n] = diskOf(n).sizeMB;
  for (const v of odm.vgs) {
    const vg = w.vgs[v.vgid];
    if (!vg) continue;
    const fact: VgFact = { name: v.name, vgid: vg.vgid, ppSizeMB: vg.ppSizeMB, totalPps: null, quorumDisabled: vg.quorum === false };
    facts.vgs[v.name] = fact;
    facts.lvs[v.name] = vg.lvs.map((lv): LvFact => {
      const copies = lv.copies.length;
      const pvCount = new Set(lv.copies.flatMap((c) => c.map((e) => e.pvid))).size;
      return { name: lv.name, type: lv.type, lps: lv.lps, pps: lv.lps * copies, pvs: pvCount, state: 'open/syncd', mount: lv.fs?.superblockMount ?? null };
    });
    for (const lv of vg.lvs) {
      if (!lv.fs) continue;
      const sizeMB = lv.lps * vg.ppSizeMB;
      const fs: FsFact = { dev: `/dev/${lv.name}`, sizeGB: sizeMB / 1024, freeGB: (sizeMB - lv.fs.usedMB) / 1024, inodesUsed: lv.fs.inodesUsed, mount: lv.fs.superblockMount };
      facts.fs!.push(fs);
    }
  }
  facts.bootlist = host.nvram.normal.map((e) => odm.disks.find((d) => d.diskId === e.diskId)?.name).filter((n): n is string => !!n);
  if (os.efixes?.length) facts.efixes = os.efixes.map((e) => ({ label: e.label, state: e.state, abstract: e.abstract, ...(e.filesets.length > 0 ? { filesets: [...e.filesets] } : {}) }));
  const standard = filesetsFor(os.level);
  const missing = Object.keys(standard).filter((f) => !os.filesets[f]);
  const installed = Object.entries(os.filesets)
    .filter(([f, v]) => standard[f] && standard[f].level !== v.level)
    .map(([name, v]) => ({ name, level: v.level, state: v.state }));
  if (missing.length > 0 || installed.length > 0) facts.altDisk = { installed, missing };
  const start: TwinStart = { facts };
  const media = mediaOf(w, root.lvs);
  if (media) start.media = media;
  return start;
}

function mediaOf(w: World, lvs: { name: string; fs?: { files: Record<string, FileNode> } }[]): TwinMedia | null {
  const files = (lv: string) => lvs.find((l) => l.name === lv)?.fs?.files ?? {};
  const media: TwinMedia = {};
  const dirs = Object.entries(files('hd4')).flatMap(([path, node]) => (/^export\/[^/]+\/\.toc$/.test(path) && node.kind === 'lppsource' ? [node.level] : []));
  if (dirs.length > 0) media.dirs = dirs;
  const cd = w.hosts[w.console]?.cdrom;
  if (cd?.kind === 'lppsource') media.cd0 = cd.level;
  const images = Object.entries(files('hd2')).flatMap(([path, node]) =>
    /^sys\/inst\.images\/[^/]+\.sysb$/.test(path) && node.kind === 'mksysb' ? [{ host: node.image.sourceHost, level: node.image.os.level, mirrored: node.image.lvs.some((l) => l.copies.length > 1) }] : [],
  );
  if (images.length > 0) media.mksysb = images;
  return Object.keys(media).length > 0 ? media : null;
}
