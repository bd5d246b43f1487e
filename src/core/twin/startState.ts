// A twin start (start.ts) → the session state of a new lab: buildTwin over its facts and options, then the
// install media it names (update directories under /export, the DVD in /dev/cd0, mksysb images in
// /usr/sys/inst.images), as the built-in labs hold them. Deterministic: the same start, the same lab.
import { clonePlain } from '../model/clone.ts';
import type { World } from '../model/types.ts';
import { err, ok, type Result } from '../result.ts';
import { updateImages } from '../scenario/referenceLab.ts';
import { makeMksysb } from '../scenario/variants.ts';
import type { SessionState } from '../session/api.ts';
import { buildTwin, type Twin } from './build.ts';
import { checkTwinStart, type TwinMedia, type TwinStart } from './start.ts';
import { problemText } from './types.ts';

/** "7200-05-04-2220" → "7200-05-04", the directory name an admin gives an SP's images. */
export const mediaDirName = (level: string) => level.split('-').slice(0, 3).join('-');

/** The twin of a start, with its media, or why it cannot be built (plain words). The start is checked first. */
export function twinOfStart(value: unknown): Result<Twin> {
  const checked = checkTwinStart(value);
  if (!checked.ok) return checked;
  const start: TwinStart = checked.value;
  const built = buildTwin(start.facts, start.options ?? {});
  if (!built.ok) return err(built.error.map(problemText).join('; '));
  const twin = built.value;
  if (start.media) {
    const world = clonePlain(twin.state.start);
    addMedia(world, start.media);
    twin.state = { ...twin.state, start: world, world: clonePlain(world) };
  }
  return ok(twin);
}

/** The session state a twin start leads to (for links and builder labs). */
export function sessionOfStart(value: unknown): Result<SessionState> {
  const t = twinOfStart(value);
  return t.ok ? ok(t.value.state) : t;
}

function addMedia(world: World, media: TwinMedia): void {
  const host = world.hosts[world.console];
  const root = host.run ? world.vgs[host.run.rootVgid] : undefined;
  const fsOf = (lv: string) => root?.lvs.find((l) => l.name === lv)?.fs;
  const hd4 = fsOf('hd4');
  for (const level of media.dirs ?? []) {
    if (!hd4) break;
    const dir = `export/${mediaDirName(level)}`;
    const images = updateImages(level);
    hd4.files['export'] = { kind: 'dir' };
    hd4.files[dir] = { kind: 'dir' };
    hd4.files[`${dir}/.toc`] = images;
    for (const [name, l] of Object.entries(images.filesets)) hd4.files[`${dir}/${name}.${l}.bff`] = { kind: 'file', sizeKB: 20480 };
  }
  if (media.cd0) host.cdrom = updateImages(media.cd0);
  const hd2 = fsOf('hd2');
  (media.mksysb ?? []).forEach((m, i) => {
    if (!hd2) return;
    hd2.files['sys'] = { kind: 'dir' };
    hd2.files['sys/inst.images'] = { kind: 'dir' };
    hd2.files[`sys/inst.images/${m.host}_${mediaDirName(m.level)}${m.mirrored ? '_mirrored' : ''}.sysb`] = { kind: 'mksysb', image: makeMksysb(m.host, m.level, { mirrored: m.mirrored, seed: 21 + i }) };
  });
}
