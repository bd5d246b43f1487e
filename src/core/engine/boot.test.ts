// The boot part: shutdown -Fr / -F and reboot (REFERENCE §11.6), firmware and SMS (§6.3, §1.5), the
// "Welcome to AIX." banner (§6.3), rc.boot LED codes and hang rules (§6.2, §7, design/OUTCOMES.md),
// first boot of a clone (§4.2, §7 step 7) and the -O console prompt (§3.4, §6.3).
import { describe, expect, it } from 'vitest';
import { consoleMessages, firmwareMessages, shutdownMessages, smsMessages } from '../messages/boot.ts';
import type { VgImage, World } from '../model/types.ts';
import { execChecked as run, lab as newLab, type Lab } from '../testing/lab.ts';
import type { ExecResult, SimEvent } from '../session/types.ts';
import {
  checkBootDeviceConfig,
  checkInittab,
  checkOdmMerged,
  checkRestbase,
  checkRootFs,
  checkRootvgQuorum,
  checkUsrVarFs,
  checkVgdaNames,
  diagnoseBoot,
  firmwareChoice,
  type LoadedImage,
} from './boot.ts';
import { firmwareCheck } from './firmware.ts';

const lab = (mutate?: (w: World) => void) => newLab('reference-lab', mutate);

const leds = (r: ExecResult) => r.events.filter((e): e is Extract<SimEvent, { type: 'led' }> => e.type === 'led').map((e) => e.code);
const powers = (r: ExecResult) => r.events.filter((e): e is Extract<SimEvent, { type: 'power' }> => e.type === 'power').map((e) => e.state);
const host = (s: Lab) => s.world().hosts.aixlab01;

/** A copy of the running rootvg on hdisk1 (d1), asleep and bootable, as a clone leaves it. */
function cloneToD1(w: World, opts: { firstBoot?: boolean; alt?: boolean } = {}): VgImage {
  const src = w.vgs[w.disks.d0.vgid!];
  const pvid = w.disks.d1.pvid!;
  const vg = structuredClone(src);
  vg.vgid = '00f6db0a00004c0000000199c10e0001';
  vg.pvids = [pvid];
  for (const lv of vg.lvs) for (const c of lv.copies) for (const e of c) e.pvid = pvid;
  if (opts.firstBoot !== false) vg.os!.pendingFirstBoot = { fromVgid: src.vgid };
  if (opts.alt) {
    for (const lv of vg.lvs) {
      lv.name = `alt_${lv.name}`;
      if (lv.fs) {
        lv.fs.superblockMount = lv.fs.superblockMount === '/' ? '/alt_inst' : `/alt_inst${lv.fs.superblockMount}`;
        lv.label = lv.fs.superblockMount;
      }
    }
  }
  w.vgs[vg.vgid] = vg;
  w.disks.d1.vgid = vg.vgid;
  w.disks.d1.bootRecord = { blv: 'hd5' };
  src.os!.odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [pvid], autoOn: false });
  return vg;
}

const loaded = (w: World, diskId: string): LoadedImage => {
  const v = firmwareCheck(w, 'aixlab01', { diskId, blv: 'hd5' });
  if (!v.ok) throw new Error(`not loadable: ${v.error}`);
  return v.value;
};

describe('shutdown -Fr (REFERENCE §11.6) and the boot of hdisk0 (§6.2, §6.3)', () => {
  it('prints the shutdown sequence, walks firmware, shows the banner and boots with the LED sequence', () => {
    const s = lab();
    const r = run(s, 'shutdown -Fr');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const expected =
      '\nSHUTDOWN PROGRAM\nThu Nov 26 09:00:00 UTC 2026\n' +
      "\nWait for 'Rebooting...' before stopping. \n" +
      'Error reporting has stopped.\n' +
      'Process accounting has stopped.\n' +
      // the subsystems active on the host (engine/processes.ts), less portmap, which shutdown.sh leaves running
      '0513-044 The syslogd Subsystem was requested to stop.\n' +
      '0513-044 The inetd Subsystem was requested to stop.\n' +
      '0513-044 The sendmail Subsystem was requested to stop.\n' +
      '0513-044 The sshd Subsystem was requested to stop.\n' +
      '0513-044 The ctrmc Subsystem was requested to stop.\n' +
      'All processes currently running will now be killed...\n' +
      'Unmounting the file systems...\n' +
      '\nBringing down network interfaces: en0 lo0\n\n' +
      'Rebooting . . .\n' +
      firmwareMessages.splash +
      firmwareMessages.bootMenu +
      '     Memory      Keyboard     Network     SCSI\n' +
      '\nTrying to load:  from: /vdevice/v-scsi@30000002/disk@8100000000000000 ...   Successfully loaded\n' +
      '\n-------------------------------------------------------------------------------\n' +
      '                                Welcome to AIX.\n' +
      '                   boot image timestamp: 14:21:07 10/02/2026\n' +
      '        processor count: 2;  memory size: 8192MB;  kernel size: 45422205\n' +
      '         boot device: /vdevice/v-scsi@30000002/disk@8100000000000000\n' +
      '-------------------------------------------------------------------------------\n' +
      '\nSaving Base Customize Data to boot disk\n' +
      'Starting the sync daemon\n' +
      'Starting the error daemon\n' +
      'System initialization completed.\n';
    expect(r.stdout).toBe(expected);
    expect(leds(r)).toEqual(['0510', '0511', '0551', '0517', '0553', '0581', null]);
    expect(powers(r)).toEqual(['firmware', 'booting', 'running']);
    expect(r.durationMs).toBeGreaterThanOrEqual(60_000);
    // The two 30 s waits: "Process accounting" comes 30 s after "Error reporting", "Unmounting" 30 s after "killed".
    const at = (text: string) => r.chunks.find((c) => c.text.includes(text))!.atMs;
    expect(at('Process accounting') - at('Error reporting')).toBe(30_000);
    expect(at('Unmounting') - at('will now be killed')).toBe(30_000);
    expect(host(s).power).toBe('running');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk0\n');
    expect(run(s, 'lspv').stdout).toContain('hdisk0          00f6db0a6c7aece5                    rootvg          active');
    expect(s.snapshot().prompt).toBe('# ');
  });

  it('the same script twice gives byte-identical output', () => {
    const script = ['bosboot -ad /dev/hdisk0', 'bootlist -m normal hdisk1', 'shutdown -Fr', '5', '1', '7', '1', '2', '1', 'errpt', 'reboot', '5', 'M', 'X', '1', 'lab status'];
    const outputs = () => {
      const s = lab();
      return s.replay(script).map((r) => JSON.stringify([r.stdout, r.stderr, r.exitCode, r.events, r.chunks]));
    };
    expect(outputs()).toEqual(outputs());
  });

  it('a bosboot changes the banner timestamp of the next boot', () => {
    const s = lab();
    run(s, 'bosboot -ad /dev/hdisk0');
    const r = run(s, 'shutdown -Fr');
    expect(r.stdout).toContain('boot image timestamp: 09:00:25 11/26/2026\n');
  });

  it('shutdown -F halts: "....Halt completed...." and the partition powers off', () => {
    const s = lab();
    const r = run(s, 'shutdown -F');
    expect(r.stdout).toContain("\nWait for '....Halt completed....' before stopping. \n");
    expect(r.stdout.endsWith('\nBringing down network interfaces: en0 lo0\n\n\n....Halt completed....\n')).toBe(true);
    expect(powers(r)).toEqual(['off']);
    expect(host(s).power).toBe('off');
    expect(host(s).run).toBeNull();
    const after = s.exec('lspv');
    expect(after.stderr).toBe('aixlab01 is off: the console does not take commands now.\n');
  });

  it('shutdown -Fk only announces', () => {
    const s = lab();
    const r = run(s, 'shutdown -Fk');
    expect(r.stdout).toBe(`${shutdownMessages.banner}Thu Nov 26 09:00:00 UTC 2026\n\nshutdown -k is finished.\nThe system is still up.\n`);
    expect(host(s).power).toBe('running');
  });

  it('reboot restarts at once: "Rebooting . . ." then firmware', () => {
    const s = lab();
    const r = run(s, 'reboot');
    expect(r.stdout.startsWith('Rebooting . . .\n' + firmwareMessages.splash)).toBe(true);
    expect(r.stdout).toContain('Welcome to AIX.');
    expect(r.stdout).not.toContain('SHUTDOWN PROGRAM');
    expect(host(s).power).toBe('running');
  });
});

describe('firmware walks the normal boot list (REFERENCE §1.5, §6.1)', () => {
  it('a disk without a boot image is skipped: hdisk1 hdisk0 boots hdisk0', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1 hdisk0');
    const r = run(s, 'shutdown -Fr');
    expect(r.stdout).not.toContain('No OS image');
    expect(r.stdout).toContain('Trying to load:  from: /vdevice/v-scsi@30000002/disk@8100000000000000');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk0\n');
  });

  it('a list with only hdisk1 stops in SMS; choosing hdisk0 through the menus boots it', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    const r = run(s, 'shutdown -Fr');
    expect(r.stdout).toContain(firmwareMessages.noOsImage);
    expect(r.stdout).toContain(' Main Menu\n 1.   Select Language\n');
    expect(host(s).power).toBe('sms');
    expect(powers(r)).toEqual(['firmware', 'sms']);
    expect(s.snapshot().prompt).toBe(smsMessages.prompt);
    expect(s.state().pending).toEqual({ kind: 'sms', host: 'aixlab01', screen: { id: 'main' }, back: [] });

    expect(run(s, '5').stdout).toContain(' Multiboot\n 1.   Select Install/Boot Device\n');
    expect(run(s, '1').stdout).toContain(' Select Device Type\n');
    const list = run(s, '7').stdout;
    expect(list).toContain(' 1.        -      SCSI 21 GB Harddisk\n        ( loc=U9009.42A.');
    expect(list).toContain(' 2.        1      SCSI 21 GB Harddisk\n');
    expect(run(s, '1').stdout).toContain(' Select Task\n\nSCSI 21 GB Harddisk\n');
    expect(run(s, '2').stdout).toContain(' Are you sure you want to exit System Management Services?\n 1.   Yes\n 2.   No\n');
    const boot = run(s, '1');
    expect(boot.stdout).toContain('Welcome to AIX.');
    expect(leds(boot)).toEqual(['0510', '0511', '0551', '0517', '0553', '0581', null]);
    expect(host(s).power).toBe('running');
    expect(s.state().pending).toBeNull();
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk0\n');
    // One-time boot: the NVRAM list still names hdisk1.
    expect(run(s, 'bootlist -m normal -o').stdout).toBe('hdisk1 blv=hd5 pathid=0\n');
  });

  it('SMS navigation: M, ESC, X with No, unknown numbers redisplay; trainer commands still run', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    run(s, 'shutdown -Fr');
    run(s, '5');
    expect(run(s, 'ESC').stdout).toContain(' Main Menu\n');
    run(s, '5');
    expect(run(s, 'M').stdout).toContain(' Main Menu\n');
    expect(run(s, '1').stdout).toContain('lab: this SMS menu is not simulated in this trainer.\n');
    expect(run(s, '9').stdout).toContain(' Main Menu\n');
    expect(run(s, 'X').stdout).toContain('Are you sure you want to exit');
    expect(run(s, '2').stdout).toContain(' Main Menu\n');
    const st = run(s, 'lab status');
    expect(st.stdout).toContain('aixlab01 (console): sms');
    expect(st.stdout).toContain(' Main Menu\n'); // the screen is shown again after the trainer command
    expect(s.state().pending?.kind).toBe('sms');
    // X, Yes: firmware walks the (still unbootable) list again and comes back to SMS.
    run(s, 'X');
    const again = run(s, '1');
    expect(again.stdout).toContain(firmwareMessages.noOsImage);
    expect(host(s).power).toBe('sms');
  });

  it('an empty list uses the default list (every disk in slot order)', () => {
    const s = lab();
    run(s, 'bootlist -m normal -i');
    run(s, 'shutdown -Fr');
    expect(host(s).power).toBe('running');
  });

  it('a failed or removed disk is skipped', () => {
    const s = lab((w) => cloneToD1(w, { firstBoot: false }));
    run(s, 'bootlist -m normal hdisk1 hdisk0');
    run(s, 'lab disk fail hdisk1');
    run(s, 'shutdown -Fr');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk0\n');
    expect(firmwareCheck(s.world(), 'aixlab01', { diskId: 'd1', blv: 'hd5' })).toEqual({ ok: false, error: 'failed' });
    expect(firmwareChoice(s.world(), 'aixlab01', [{ diskId: 'd9', blv: 'hd5' }])).toBeNull();
  });
});

describe('rc.boot hang rules (REFERENCE §6.2, design/OUTCOMES.md)', () => {
  const hangs: [string, (w: World) => void, string, string[]][] = [
    ['awake alternate (VGDA names alt_*) → 552', (w) => cloneToD1(w, { alt: true }), '0552', ['0510', '0511', '0551', '0552']],
    [
      'names match, LVCB/superblock of hd4 say /alt_inst → 517',
      (w) => {
        const vg = cloneToD1(w);
        const hd4 = vg.lvs.find((l) => l.name === 'hd4')!;
        hd4.label = '/alt_inst';
        hd4.fs!.superblockMount = '/alt_inst';
      },
      '0517',
      ['0510', '0511', '0551', '0517'],
    ],
    [
      'names match, /usr labelled /alt_inst/usr → 518',
      (w) => {
        const hd2 = cloneToD1(w).lvs.find((l) => l.name === 'hd2')!;
        hd2.fs!.superblockMount = '/alt_inst/usr';
      },
      '0518',
      ['0510', '0511', '0551', '0517', '0518'],
    ],
    [
      'disk moved from another host without -O → 554',
      (w) => {
        cloneToD1(w).lvs.find((l) => l.name === 'hd5')!.bootImage!.madeForHost = 'aixlab02';
      },
      '0554',
      ['0510', '0511', '0551', '0554'],
    ],
    [
      '/etc/inittab missing → 553',
      (w) => {
        delete cloneToD1(w).lvs.find((l) => l.name === 'hd4')!.fs!.files['etc/inittab'];
      },
      '0553',
      ['0510', '0511', '0551', '0517', '0553'],
    ],
    [
      'the disk\'s ODM merged with an alternate\'s (two / stanzas) → 554',
      (w) => {
        const odm = cloneToD1(w).os!.odm;
        odm.filesystems.push({ ...odm.filesystems.find((f) => f.mount === '/')!, dev: '/dev/fslv09' });
      },
      '0554',
      ['0510', '0511', '0551', '0554'],
    ],
    [
      'boot image without base ODM → 548',
      (w) => {
        cloneToD1(w).lvs.find((l) => l.name === 'hd5')!.bootImage!.baseOdm = { rootLvs: [], mounts: {} };
      },
      '0548',
      ['0548'],
    ],
  ];

  it.each(hangs)('%s', (_name, mutate, led, sequence) => {
    const s = lab(mutate);
    run(s, 'bootlist -m normal hdisk1');
    const r = run(s, 'shutdown -Fr');
    expect(leds(r)).toEqual(sequence);
    expect(powers(r)).toEqual(['firmware', 'booting', 'hung']);
    expect(host(s)).toMatchObject({ power: 'hung', led, run: null });
    expect(host(s).hangReason).toBeTruthy();
    expect(r.stdout).toContain('Welcome to AIX.');
    expect(r.stdout).not.toContain('Saving Base Customize Data');
    // A hung host takes only trainer commands.
    expect(s.exec('lspv').stderr).toBe(`aixlab01 is hung at LED ${led}: the console does not take commands now.\n`);
    expect(run(s, 'lab power on').stderr).toBe(`lab: aixlab01 is hung at LED ${led}; power it off first (lab power off aixlab01).\n`);
    expect(run(s, 'lab power off').stdout).toBe('lab: aixlab01 powered off (immediate: no operating-system shutdown).\n');
    // Way out: SMS, boot the original disk (hdisk0 is device 1).
    run(s, 'lab sms');
    for (const k of ['5', '1', '7', '1', '2', '1']) run(s, k);
    expect(host(s).power).toBe('running');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk0\n');
  });

  it('a rootvg member disk failed with quorum on → 554; with quorum off it boots', () => {
    const addMember = (w: World) => {
      const root = w.vgs[w.disks.d0.vgid!];
      w.disks.d3.pvid = '00f6db0a12345678';
      w.disks.d3.vgid = root.vgid;
      w.disks.d3.failed = true;
      root.pvids.push('00f6db0a12345678');
    };
    const s = lab(addMember);
    run(s, 'shutdown -Fr');
    expect(host(s)).toMatchObject({ power: 'hung', led: '0554' });
    const t = lab((w) => {
      addMember(w);
      w.vgs[w.disks.d0.vgid!].quorum = false;
    });
    run(t, 'shutdown -Fr');
    expect(host(t).power).toBe('running');
    expect(run(t, 'errpt -j F7DDA124').stdout).toContain('F7DDA124   1126090226 U H LVDD           PHYSICAL VOLUME DECLARED MISSING\n');
  });
});

describe('check functions (pure, for the lifecycle statechart)', () => {
  it('pass on the reference lab and name the failing rule', () => {
    const w = newLab().world();
    const t = loaded(w, 'd0');
    for (const c of [checkRestbase, checkBootDeviceConfig, checkOdmMerged, checkRootvgQuorum, checkVgdaNames, checkRootFs, checkUsrVarFs, checkInittab]) {
      expect(c(w, 'aixlab01', t)).toEqual({ ok: true, value: undefined });
    }
    expect(diagnoseBoot(w, 'aixlab01', { diskId: 'd0', blv: 'hd5' }).stage).toBe('ok');
    expect(diagnoseBoot(w, 'aixlab01', { diskId: 'd1', blv: 'hd5' })).toEqual({ stage: 'firmware', why: 'no-boot-record' });
    expect(checkBootDeviceConfig(w, 'aixlab02', t)).toMatchObject({ ok: false, error: { led: '0554' } });

    cloneToD1(w, { alt: true });
    const alt = loaded(w, 'd1');
    const names = checkVgdaNames(w, 'aixlab01', alt);
    expect(names).toMatchObject({ ok: false, error: { led: '0552' } });
    expect(diagnoseBoot(w, 'aixlab01', { diskId: 'd1', blv: 'hd5' })).toMatchObject({ stage: 'rc.boot', step: 'ipl_varyon -v', led: '0552' });
    delete alt.vg.lvs.find((l) => l.name === 'alt_hd4')!.fs;
    alt.vg.lvs.forEach((l) => (l.name = l.name.replace(/^alt_/, '')));
    expect(checkRootFs(w, 'aixlab01', alt)).toMatchObject({ ok: false, error: { led: '0555' } });
  });
});

describe('first boot of a clone (REFERENCE §4.2, §7)', () => {
  it('the clone becomes rootvg, the former rootvg old_rootvg (varied off, no LV definitions)', () => {
    const s = lab((w) => cloneToD1(w));
    run(s, 'bootlist -m normal hdisk1');
    run(s, 'shutdown -Fr');
    expect(host(s).power).toBe('running');
    expect(run(s, 'bootinfo -b').stdout).toBe('hdisk1\n');
    expect(run(s, 'lspv').stdout).toBe(
      'hdisk0          00f6db0a6c7aece5                    old_rootvg      \n' +
        'hdisk1          00f6db0a8f3a1c22                    rootvg          active\n' +
        'hdisk2          00f6db0a91b44e07                    datavg          active\n' +
        'hdisk3          none                                None            \n',
    );
    const w = s.world();
    const os = w.vgs[w.disks.d1.vgid!].os!;
    expect(os.pendingFirstBoot).toBeNull();
    expect(os.odm.lvs.some((l) => l.lvid.startsWith(w.disks.d0.vgid! + '.'))).toBe(false);
    expect(os.odm.vgs.find((v) => v.name === 'old_rootvg')).toMatchObject({ vgid: w.disks.d0.vgid, autoOn: false });
    // Each disk keeps its own error log: the clone's got the shutdown record of the boot.
    expect(run(s, 'errpt').stdout).toContain('2BFA76F6   1126090126 T S SYSPROC        SYSTEM SHUTDOWN BY USER\n');
    // Falling back: the original disk still calls the clone altinst_rootvg.
    run(s, 'bootlist -m normal hdisk0');
    run(s, 'shutdown -Fr');
    expect(run(s, 'lspv').stdout).toContain('hdisk1          00f6db0a8f3a1c22                    altinst_rootvg  \n');
  });

  it('-O clone: the console prompt (LED 0c31) waits for "1", then the boot ends', () => {
    const s = lab((w) => {
      const vg = cloneToD1(w);
      vg.lvs.find((l) => l.name === 'hd5')!.bootImage!.deviceReset = { console: null };
      vg.lvs.find((l) => l.name === 'hd5')!.bootImage!.madeForHost = 'aixlab02';
    });
    run(s, 'bootlist -m normal hdisk1');
    const r = run(s, 'shutdown -Fr');
    expect(r.stdout.endsWith(consoleMessages.defineConsole)).toBe(true);
    expect(r.stdout).toContain(' ******* Please define the System Console. *******\n\nType a 1 and press Enter to use this terminal as the\n  system console.\n');
    // devices the reset ODM does not know are configured first (0538/0539), then cfgcon asks
    expect(leds(r).slice(leds(r).indexOf('0581'))).toEqual(['0581', ...leds(r).filter((c) => c === '0538' || c === '0539'), '0c31']);
    expect(host(s)).toMatchObject({ power: 'booting', led: '0c31' });
    expect(s.state().pending).toMatchObject({ kind: 'define-console', host: 'aixlab01' });
    expect(run(s, '2').stdout).toBe(consoleMessages.defineConsole);
    const done = run(s, '1');
    expect(done.stdout).toContain('System initialization completed.\n');
    expect(leds(done)).toEqual([null]);
    expect(host(s).power).toBe('running');
    const image = s.world().vgs[s.world().disks.d1.vgid!].lvs.find((l) => l.name === 'hd5')!.bootImage!;
    expect(image.deviceReset).toBeUndefined();
    expect(image.madeForHost).toBe('aixlab01');
  });

  it('-O clone with a named console (-c) does not ask', () => {
    const s = lab((w) => {
      cloneToD1(w).lvs.find((l) => l.name === 'hd5')!.bootImage!.deviceReset = { console: '/dev/vty0' };
    });
    run(s, 'bootlist -m normal hdisk1');
    run(s, 'shutdown -Fr');
    expect(host(s).power).toBe('running');
  });
});

describe('lab power actions', () => {
  it('lab sms from off stops in SMS; lab power off there ends the question', () => {
    const s = lab();
    run(s, 'lab power off');
    const r = run(s, 'lab sms');
    expect(r.stdout.startsWith('lab: activating aixlab01.\n' + firmwareMessages.splash)).toBe(true);
    expect(r.stdout).toContain(' Main Menu\n');
    expect(host(s).power).toBe('sms');
    run(s, 'lab power off');
    expect(host(s).power).toBe('off');
    expect(s.state().pending).toBeNull();
  });

  it('lab cut-power leaves the world as it is; lab power on boots again', () => {
    const s = lab();
    run(s, 'lab cut-power');
    expect(host(s)).toMatchObject({ power: 'off', run: null });
    expect(run(s, 'lab cut-power').stdout).toBe('lab: aixlab01 is already powered off.\n');
    const r = run(s, 'lab power on');
    expect(r.stdout).toContain('Welcome to AIX.');
    expect(host(s).power).toBe('running');
  });

  it('reset during SMS asks, and "n" returns to the SMS screen', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    run(s, 'shutdown -Fr');
    run(s, 'reset');
    expect(s.state().pending?.kind).toBe('confirm-reset');
    const r = run(s, 'n');
    expect(r.stdout).toContain('Nothing was reset.\n');
    expect(r.stdout).toContain(' Main Menu\n');
    expect(s.state().pending?.kind).toBe('sms');
  });
});
