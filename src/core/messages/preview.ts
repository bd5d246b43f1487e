// The trainer's own words for the consequence preview (core/preview): what a typed line would change and
// what it risks, said before Enter. Trainer texts, never AIX output: no message numbers.
const or = (v: string | null, none: string) => v ?? none;

export const previewMessages = {
  /** A host's power state, as a warning says it ("aixlab01 will be powered off"). */
  power: { off: 'powered off', firmware: 'in its firmware', sms: 'in the SMS menus', booting: 'booting', hung: 'hung', running: 'running' } as Record<string, string>,
  none: {
    empty: 'Type a command to see what it would do.',
    trainerCommand: (cmd: string) => `${cmd} is a trainer command: it acts on the lab, its timeline or the terminal, so it is not previewed.`,
    interactive: (cmd: string) => `${cmd} opens SMIT panels; the command a panel runs is previewed when it is typed.`,
    pending: 'The console is waiting for an answer; answers are not previewed.',
    tooLong: (max: number) => `The line is longer than ${max} characters: it is not previewed while typing.`,
    tooManyCommands: (max: number) => `The line holds more than ${max} commands: it is not previewed while typing.`,
    internal: 'The simulator could not preview this line.',
    superseded: 'A newer line was previewed instead.',
    tooMuchWork: 'This line needs more work than a preview may do while typing; Enter runs it within the trainer\'s usual limits.',
  },
  change: {
    lifecycle: (from: string, to: string, description: string | null) => `Lifecycle: ${from} → ${to}${description ? ` (${description})` : ''}`,
    hostPower: (host: string, from: string, to: string) => `${host}: ${from} → ${to}`,
    hostLed: (host: string, to: string | null) => (to ? `${host}: LED shows ${to}` : `${host}: LED goes blank`),
    hostLevel: (host: string, from: string | null, to: string | null) => `${host}: runs AIX ${or(from, 'nothing')} → ${or(to, 'nothing')}`,
    hostBootDisk: (host: string, from: string | null, to: string | null) => `${host}: booted from ${or(from, 'no disk')} → ${or(to, 'no disk')}`,
    bootlist: (host: string, mode: string, from: string | null, to: string | null) => `${host} bootlist (${mode}): ${or(from, 'empty')} → ${or(to, 'empty')}`,
    bootImage: (disk: string) => `A boot image is written on ${disk}`,
    diskVg: (disk: string, from: string | null, to: string | null) =>
      to && from ? `${disk}: volume group ${from} → ${to}` : to ? `${disk} becomes part of ${to}` : `${disk} leaves ${or(from, 'its volume group')}`,
    diskRole: (disk: string, from: string, to: string) => `${disk}: ${from} → ${to}`,
    diskAwake: (disk: string, awake: boolean) => (awake ? `${disk}: the alternate is woken (its volume group varied on)` : `${disk}: the alternate goes back to sleep (its volume group varied off)`),
    diskName: (id: string, from: string | null, to: string | null) => `Disk ${id}: ${or(from, 'not configured')} → ${or(to, 'not configured')}`,
    diskPvid: (disk: string, from: string | null, to: string | null) => `${disk}: PVID ${or(from, 'none')} → ${or(to, 'none')}`,
    diskLevel: (disk: string, from: string | null, to: string | null) => `${disk}: AIX ${or(from, 'none')} → ${or(to, 'none')}`,
    diskBootRecord: (disk: string, to: boolean) => (to ? `${disk}: gets a boot record` : `${disk}: loses its boot record`),
    diskFailed: (disk: string, to: boolean) => (to ? `${disk} fails` : `${disk} works again`),
    diskMoved: (disk: string, from: string, to: string) => `${disk}: ${from} → ${to}`,
    vgCreated: (vg: string, host: string) => `Volume group ${vg} is defined on ${host}`,
    vgRemoved: (vg: string, host: string) => `Volume group ${vg} is no longer defined on ${host}`,
    vgRenamed: (from: string, to: string) => `Volume group ${from} is renamed ${to}`,
    vgVaried: (vg: string, on: boolean) => `${vg} is varied ${on ? 'on' : 'off'}`,
    vgDisks: (vg: string, from: string | null, to: string | null) => `${vg} disks: ${or(from, 'none')} → ${or(to, 'none')}`,
    lvCreated: (lv: string, vg: string) => `Logical volume ${lv} is created in ${vg}`,
    lvRemoved: (lv: string, vg: string) => `Logical volume ${lv} is removed from ${vg}`,
    lvRenamed: (from: string, to: string) => `Logical volume ${from} is renamed ${to}`,
    lvCopies: (lv: string, from: string, to: string) => `${lv}: ${from} → ${to} copies`,
    mountAdded: (mount: string, dev: string) => `${dev} is mounted on ${mount}`,
    mountRemoved: (mount: string, dev: string) => `${mount} (${dev}) is unmounted`,
    file: (path: string, what: 'created' | 'removed' | 'changed') => `${path} is ${what}`,
    files: (count: number) => `${count} more files change`,
    cwd: (from: string, to: string) => `Current directory: ${from} → ${to}`,
    variable: (name: string, to: string | null) => (to === null ? `Variable ${name} is unset` : `Variable ${name} is set`),
    other: 'Other parts of the lab change (an error log entry, ODM attributes, the clock of a long operation …).',
  },
  warning: {
    /** The line boots the host and the rule book ends the boot in a hung state. */
    bootHangs: (host: string, disk: string | null, led: string, description: string | null) =>
      `${host} will hang at LED ${led}${disk ? ` booting ${disk}` : ''}${description ? `: ${description}` : ''}`,
    /** After the line, a reboot from the normal bootlist's first disk would hang. */
    nextBootHangs: (disk: string, awake: boolean, led: string) =>
      `The bootlist will point at ${disk}${awake ? ', which is awake' : ''}: a reboot now hangs at ${led}.`,
    /** After the line, a reboot would come up damaged (O4 …) by the rule book. */
    nextBootDamages: (disk: string, description: string) => `The bootlist will point at ${disk}: a reboot now leaves the system damaged (${description})`,
    damage: (state: string, description: string) => `This leaves the system in ${state}: ${description}`,
    dataLost: (disk: string, vg: string) => `${disk} holds ${vg}: its contents are written over.`,
    hostDown: (host: string, power: string) => `${host} will be ${power}: the console takes only trainer commands until it boots.`,
  },
} as const;
