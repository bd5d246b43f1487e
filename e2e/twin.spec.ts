// Issue 15, acceptance 2: paste the outputs of a server whose rootvg is mirrored on two disks with a
// spare disk, get its twin as a new lab, clone with -i as the trainer advises, reboot onto the clone,
// export the runbook: it names the pasted host and disks and holds pre-checks, steps, verification and
// back-out. The pasted text never leaves the page (no request carries it); a link of the twin carries the
// server as read (not the paste) and opens as the same server in a fresh context.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const PASTE = `aixprod01:/# lspv
hdisk0          00c25ab0062fa576                    rootvg          active
hdisk1          00c25ab0071b9e30                    rootvg          active
hdisk2          00c25ab0081c0f11                    None
aixprod01:/# oslevel -s
7200-05-04-2220
aixprod01:/# lsvg rootvg
VOLUME GROUP:       rootvg                   VG IDENTIFIER:  00c25ab000004c000000018a1b2c3d4e
VG STATE:           active                   PP SIZE:        32 megabyte(s)
VG PERMISSION:      read/write               TOTAL PPs:      1278 (40896 megabytes)
MAX LVs:            256                      FREE PPs:       970 (31040 megabytes)
LVs:                12                       USED PPs:       308 (9856 megabytes)
OPEN LVs:           11                       QUORUM:         1 (Disabled)
TOTAL PVs:          2                        VG DESCRIPTORS: 3
aixprod01:/# lsvg -l rootvg
rootvg:
LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT
hd5                 boot       1       2       2    closed/syncd  N/A
hd6                 paging     16      32      2    open/syncd    N/A
hd8                 jfs2log    1       2       2    open/syncd    N/A
hd4                 jfs2       4       8       2    open/syncd    /
hd2                 jfs2       80      160     2    open/syncd    /usr
hd9var              jfs2       16      32      2    open/syncd    /var
hd3                 jfs2       8       16      2    open/syncd    /tmp
hd1                 jfs2       1       2       2    open/syncd    /home
hd10opt             jfs2       14      28      2    open/syncd    /opt
hd11admin           jfs2       4       8       2    open/syncd    /admin
lg_dumplv           sysdump    16      16      1    open/syncd    N/A
livedump            jfs2       1       2       2    open/syncd    /var/adm/ras/livedump
aixprod01:/# lsvg -p rootvg
rootvg:
PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION
hdisk0            active            639         477         127..95..00..128..127
hdisk1            active            639         493         127..111..00..128..127
aixprod01:/# bootlist -m normal -o
hdisk0 blv=hd5 pathid=0
hdisk1 blv=hd5 pathid=0
aixprod01:/# getconf DISK_SIZE /dev/hdisk2
20480
`;

test('a twin of a mirrored server, shared as a link, the advised clone, and its runbook', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  const firstLab = await app.currentLabId();
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));

  await app.openLabs();
  await page.getByTestId('twin.open').click();
  const twin = page.getByRole('dialog', { name: 'Rehearse your server' });
  await expect(twin).toBeVisible();
  await expect(twin).toContainText('never leaves this browser');
  await expect(twin.getByTestId('twin.commands')).toContainText('lsvg -l rootvg');
  await expect(twin.getByTestId('twin.commands')).toContainText('bootlist -m normal -o');

  // something that is not what its command prints: the line and the reason
  await twin.getByLabel(/Output of the commands/).fill('aixprod01:/# lsvg -l rootvg\n<b>hdisk0</b> active 639 477\n');
  await twin.getByTestId('twin.parse').click();
  await expect(twin.getByTestId('twin.problems')).toContainText("line 2: expected 'rootvg:' (the VG name) before the table");

  await twin.getByTestId('twin.paste').fill(PASTE);
  await twin.getByTestId('twin.parse').click();
  await expect(twin.getByTestId('twin.problems')).toHaveCount(0);
  await expect(twin.getByTestId('twin.summary')).toContainText('rootvg on hdisk0 and hdisk1 (mirrored: 2 copies)');
  await expect(twin.getByTestId('twin.summary')).toContainText('Free for the clone: hdisk2 (20480 MB)');
  await expect(twin.getByTestId('twin.advice')).toContainText('alt_disk_copy -d hdisk2 -i /home/image.data');
  await expect(twin.getByTestId('twin.defaults')).toContainText('Size of hdisk0: 20480 MB');
  expect(sent.filter((s) => s.includes('aixprod01') || !s.startsWith('GET '))).toEqual([]);

  // a link of the twin: the server as read, never the pasted text; it opens elsewhere as the same server
  await expect(twin.getByTestId('twin.link.about')).toContainText('never carries the text you pasted');
  await twin.getByTestId('twin.share').click();
  const link = await twin.getByTestId('twin.link').inputValue();
  expect(link).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8300);
  expect(sent.filter((s) => s.includes('aixprod01') || !s.startsWith('GET '))).toEqual([]);
  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const app2 = await TrainerPage.openLink(page2, link);
    await expect(page2.getByTestId('lab.opened')).toContainText('the server aixprod01');
    await expect(page2.getByTestId('lab.opened')).not.toContainText('scenario twin');
    await app2.run('hostname');
    expect(await app2.outputOf('hostname')).toEqual(['aixprod01']);
    await app2.run('lsvg -p rootvg');
    expect((await app2.outputOf('lsvg -p rootvg')).join('\n')).toMatch(/hdisk1 +active/);
  } finally {
    await other.close();
  }

  await twin.getByTestId('twin.create').click();
  await expect(page).toHaveURL(/[?&]lab=/);
  await app.waitReady();
  expect(await app.currentLabId()).not.toBe(firstLab);
  expect(sent.filter((s) => s.includes('aixprod01') || s.includes('00c25ab0') || !s.startsWith('GET '))).toEqual([]);

  await app.run('hostname');
  expect(await app.outputOf('hostname')).toEqual(['aixprod01']);
  await app.run('lspv');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-04-2220']);
  await app.run('alt_disk_copy -d hdisk2 -i /home/image.data');
  await app.run('shutdown -Fr');
  await app.run('bootinfo -b');
  expect(await app.outputOf('bootinfo -b')).toEqual(['hdisk2']);
  await app.run('lspv');

  await app.openLabs();
  const download = page.waitForEvent('download');
  await app.labsDialog.getByTestId('runbook.export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('runbook-aixprod01.md');
  const md = await readFile(await file.path(), 'utf8');
  for (const text of [
    'Change plan: alternate disk rehearsal of aixprod01',
    'hdisk0 (20480 MB, PVID 00c25ab0062fa576, rootvg)',
    'hdisk1 (20480 MB, PVID 00c25ab0071b9e30, rootvg)',
    'hdisk2 (20480 MB, PVID 00c25ab0081c0f11, None)',
    '## 1. Pre-checks',
    '`oslevel -s` — instant',
    '## 2. Steps',
    '`alt_disk_copy -d hdisk2 -i /home/image.data` — about',
    '## 3. Verification after the reboot',
    '`bootinfo -b`',
    '## 4. Back-out',
    '`bootlist -m normal hdisk0 hdisk1`',
    '`alt_rootvg_op -X altinst_rootvg`',
  ]) {
    expect(md).toContain(text);
  }
  await expect(app.labsDialog.getByTestId('runbook.html')).toHaveAttribute('download', 'runbook-aixprod01.html');
  await app.labsDialog.getByRole('button', { name: 'Close', exact: true }).click();

  // the saved twin lab shares as a link too: its server as facts, and it says so
  await page.getByRole('button', { name: 'Share this lab' }).click();
  const share = page.getByRole('dialog', { name: 'Share this lab' });
  await expect(share.getByTestId('share.twin')).toContainText('never text you pasted');
  expect(await share.getByRole('textbox', { name: 'Link' }).inputValue()).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);
});
