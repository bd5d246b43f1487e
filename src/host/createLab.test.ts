// createLab over the real core: a twin's session becomes a new saved lab that opens as it was made; a
// session the load gate refuses is refused in plain words and nothing is saved.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeLink } from '../core/scenario/link.ts';
import { twinFromPaste } from '../core/twin/index.ts';
import { closeStores, realSetup } from './testHarness.ts';

afterEach(closeStores);

const host = () => realSetup();

const PASTE = `aixprod01:/# lspv
hdisk0          00c25ab0062fa576                    rootvg          active
hdisk1          00c25ab0071b9e30                    rootvg          active
hdisk2          00c25ab0081c0f11                    None
aixprod01:/# lsvg -l rootvg
rootvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
hd5                 boot       1       2       2    closed/syncd  N/A
hd4                 jfs2       4       8       2    open/syncd    /
hd2                 jfs2       80      160     2    open/syncd    /usr
hd9var              jfs2       16      32      2    open/syncd    /var
hd1                 jfs2       1       2       2    open/syncd    /home
`;

/** A host with the twin of PASTE saved as a new lab and opened. */
async function twinLabOpen() {
  const h = host();
  await h.open();
  const twin = twinFromPaste(PASTE);
  const created = await h.request({ type: 'createLab', name: 'Twin of aixprod01', state: twin.ok && twin.value.state });
  if (created.type !== 'created') throw new Error(JSON.stringify(created));
  await h.open({ lab: created.result.lab.id });
  return h;
}

describe('createLab', () => {
  it('saves the twin as a new lab, which opens with the pasted server', async () => {
    const h = host();
    const first = await h.open();
    const twin = twinFromPaste(PASTE);
    if (!twin.ok) throw new Error(JSON.stringify(twin.error));
    const created = await h.request({ type: 'createLab', name: 'Twin of aixprod01', state: twin.value.state });
    if (created.type !== 'created') throw new Error(JSON.stringify(created));
    expect(created.result.lab).toMatchObject({ name: 'Twin of aixprod01', scenario: 'twin', lesson: null, commands: 0 });
    expect(created.result.labs.map((l) => l.id)).toContain(first.lab.id);
    const opened = await h.open({ lab: created.result.lab.id });
    expect(opened.lab.id).toBe(created.result.lab.id);
    expect(opened.snapshot.hosts.map((x) => x.name)).toEqual(['aixprod01']);
  });

  it('a twin lab exports as a lab file and imports again (its start world travels in the file)', async () => {
    const h = await twinLabOpen();
    await h.request({ type: 'exec', line: 'alt_disk_copy -d hdisk2 -i /home/image.data' });
    const exported = await h.request({ type: 'exportLab' });
    if (exported.type !== 'exported') throw new Error(JSON.stringify(exported));
    const imported = await h.request({ type: 'importLab', text: exported.file.text });
    expect(imported).toMatchObject({ type: 'imported', result: { lab: { name: 'Twin of aixprod01 (imported)', scenario: 'twin', commands: 1 } } });
  });

  it('a twin lab shares as a link that carries its server (facts, not the paste) and opens as the same lab', async () => {
    const h = await twinLabOpen();
    await h.request({ type: 'exec', line: 'lspv' });
    const linked = await h.request({ type: 'link' });
    if (linked.type !== 'linked') throw new Error(JSON.stringify(linked));
    const decoded = decodeLink(linked.link.payload);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value).toMatchObject({ scenario: 'twin', steps: ['lspv'], twin: { facts: { hostname: 'aixprod01' } } });
    expect(JSON.stringify(decoded.value)).not.toContain('aixprod01:/#');
    const opened = await host().open({ shared: linked.link.payload });
    expect(opened.lab.name).toBe('Shared link: the server aixprod01 (1 step)');
    expect(opened.snapshot.hosts.map((x) => x.name)).toEqual(['aixprod01']);
  });

  it('refuses what the load gate refuses, and a nameless lab', async () => {
    const h = host();
    await h.open();
    expect(await h.request({ type: 'createLab', name: 'x', state: { format: 'something else' } })).toMatchObject({ type: 'error', error: { code: 'bad-file', message: expect.stringContaining('cannot be opened') } });
    expect(await h.request({ type: 'createLab', name: 'x', state: '<script>alert(1)</script>' })).toMatchObject({ type: 'error', error: { code: 'bad-file' } });
    const twin = twinFromPaste(PASTE);
    expect(await h.request({ type: 'createLab', name: '   ', state: twin.ok && twin.value.state })).toMatchObject({ type: 'error', error: { code: 'bad-file', message: 'A new lab needs a name.' } });
    const labs = await h.request({ type: 'labs' });
    expect(labs.type === 'labs' && labs.labs.length).toBe(1);
  });
});
