// The SMIT screen's key rules, in node: menus, dialogs, F4 lists, F6, Enter, F3/F10, COMMAND STATUS.
import { describe, expect, it } from 'vitest';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { translateKey } from './keys.ts';
import { commandOf, currentField, openSmit, press, setCursor, setValue, statusDone, statusOutput, top, type SmitKey, type SmitState } from './state.ts';
import { dialogFields } from '../../core/smit/panels.ts';
import { altClone } from '../../core/smit/panels.ts';

const snap = referenceSnapshot();
function keys(state: SmitState, ...seq: SmitKey[]) {
  let s = state;
  const effects = [];
  for (const k of seq) {
    const step = press(s, k, snap);
    s = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { s, effects };
}
const clone = () => openSmit('alt_clone')!;
const cursorTo = (s: SmitState, key: string) => setCursor(s, dialogFields(altClone).findIndex((f) => f.key === key));

describe('opening', () => {
  it('opens the three fast paths; an unknown one gives null', () => {
    expect(top(openSmit('alt_clone')!)).toMatchObject({ kind: 'dialog', cursor: 0 });
    expect(top(openSmit('alt_mksysb')!)).toMatchObject({ kind: 'dialog' });
    expect(top(openSmit('alt_install', 'note')!)).toMatchObject({ kind: 'menu' });
    expect(openSmit('alt_install', 'note')!.note).toBe('note');
    expect(openSmit('mkvg')).toBeNull();
  });
});

describe('alt_clone dialog', () => {
  it('F4 on the target lists the free disks; Enter picks one; F6 shows the command', () => {
    let { s } = keys(clone(), 'F4');
    expect(s.popup).toMatchObject({ kind: 'list', title: 'Target Disk(s) to install', items: ['hdisk1', 'hdisk3'], multi: true });
    ({ s } = keys(s, 'Enter'));
    expect(s.popup).toBeNull();
    expect(commandOf(s)).toBe('alt_disk_copy -d hdisk1');
    ({ s } = keys(s, 'F6'));
    expect(s.popup).toEqual({ kind: 'command', command: 'alt_disk_copy -d hdisk1' });
    ({ s } = keys(s, 'Enter'));
    expect(s.popup).toBeNull();
  });

  it('F7 marks several disks', () => {
    const { s } = keys(clone(), 'F4', 'F7', 'Down', 'F7', 'Enter');
    expect(commandOf(s)).toBe('alt_disk_copy -d "hdisk1 hdisk3"');
    const again = keys(s, 'F4').s;
    expect(again.popup).toMatchObject({ selected: ['hdisk1', 'hdisk3'] });
  });

  it('F3 closes a pop-up without choosing', () => {
    const { s } = keys(clone(), 'F4', 'Down', 'F3');
    expect(s.popup).toBeNull();
    expect(commandOf(s)).toBe('alt_disk_copy');
  });

  it('Tab steps rings, arrows move, F5 resets the field', () => {
    let s = setValue(clone(), 'd', 'hdisk1');
    ({ s } = keys(s, 'Down'));
    expect(currentField(top(s))?.key).toBe('P');
    ({ s } = keys(s, 'Tab'));
    expect(commandOf(s)).toBe('alt_disk_copy -P 1 -d hdisk1');
    ({ s } = keys(s, 'F5'));
    expect(commandOf(s)).toBe('alt_disk_copy -d hdisk1');
    s = cursorTo(s, 'B');
    ({ s } = keys(s, 'Tab'));
    expect(commandOf(s)).toBe('alt_disk_copy -B -d hdisk1');
    ({ s } = keys(s, 'ShiftTab'));
    expect(commandOf(s)).toBe('alt_disk_copy -d hdisk1');
  });

  it('builds the update line of the tutorial (Bundle update_all from F4, the directory typed)', () => {
    let s = setValue(clone(), 'd', 'hdisk1');
    s = cursorTo(s, 'b');
    ({ s } = keys(s, 'F4'));
    expect(s.popup).toMatchObject({ items: ['update_all'], multi: false });
    ({ s } = keys(s, 'Enter'));
    s = setValue(s, 'l', '/export/7200-05-04');
    expect(commandOf(s)).toBe('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
  });

  it('F4 does nothing on a field without a list; F1 shows the field help', () => {
    let s = cursorTo(clone(), 'l');
    expect(keys(s, 'F4').s).toBe(s);
    ({ s } = keys(s, 'F1'));
    expect(s.popup).toMatchObject({ kind: 'message', title: 'Directory or Device with images' });
  });

  it('Enter runs the command and shows COMMAND STATUS; output streams; F3 goes back to the dialog', () => {
    const s0 = setValue(clone(), 'd', 'hdisk1');
    const { s, effects } = keys(s0, 'Enter');
    expect(effects).toEqual([{ kind: 'run', line: 'alt_disk_copy -d hdisk1' }]);
    expect(top(s)).toEqual({ kind: 'status', command: 'alt_disk_copy -d hdisk1', state: 'running', output: [] });
    expect(keys(s, 'F3').s).toBe(s); // not while running
    let t = statusOutput(s, 'stdout', 'Calling mkszfile to create new /image.data file.\n');
    t = statusDone(t, 0);
    expect(top(t)).toMatchObject({ state: 'ok', output: [{ stream: 'stdout', text: 'Calling mkszfile to create new /image.data file.\n' }] });
    expect(keys(t, 'F6').s.popup).toEqual({ kind: 'command', command: 'alt_disk_copy -d hdisk1' });
    const back = keys(t, 'F3').s;
    expect(top(back)).toMatchObject({ kind: 'dialog' });
    expect(statusDone(s, 1).stack.at(-1)).toMatchObject({ state: 'failed' });
  });

  it('F3 on the first screen and F10 anywhere leave SMIT', () => {
    expect(keys(clone(), 'F3').effects).toEqual([{ kind: 'exit' }]);
    expect(keys(clone(), 'F4', 'F10').effects).toEqual([{ kind: 'exit' }]);
  });

  it('F7, F8 and F9 say they are not simulated', () => {
    for (const k of ['F7', 'F8', 'F9'] as const) expect(keys(clone(), k).s.popup).toMatchObject({ kind: 'message', title: 'Not simulated' });
  });
});

describe('alt_install menu', () => {
  it('opens the clone and mksysb dialogs; F3 comes back; the last item is not simulated', () => {
    const menu = openSmit('alt_install')!;
    let { s } = keys(menu, 'Down', 'Enter');
    expect(top(s)).toMatchObject({ kind: 'dialog', panel: { id: 'alt_clone' } });
    ({ s } = keys(s, 'F3'));
    expect(top(s)).toMatchObject({ kind: 'menu', cursor: 1 });
    ({ s } = keys(s, 'Up', 'Enter'));
    expect(top(s)).toMatchObject({ kind: 'dialog', panel: { id: 'alt_mksysb' } });
    const ops = keys(menu, 'Down', 'Down', 'Enter').s;
    expect(top(ops).kind).toBe('menu');
    expect(ops.popup).toMatchObject({ kind: 'message', title: 'Alternate rootvg Operations' });
    expect(keys(menu, 'F3').effects).toEqual([{ kind: 'exit' }]);
  });
});

describe('keys', () => {
  it('maps F-keys and Esc+digit (Esc 0 = F10)', () => {
    expect(translateKey({ key: 'F4' }, false)).toEqual({ key: 'F4', escPending: false, consume: true });
    expect(translateKey({ key: 'Escape' }, false)).toEqual({ key: null, escPending: true, consume: true });
    expect(translateKey({ key: '4' }, true)).toEqual({ key: 'F4', escPending: false, consume: true });
    expect(translateKey({ key: '0' }, true)).toEqual({ key: 'F10', escPending: false, consume: true });
    expect(translateKey({ key: 'Escape' }, true)).toMatchObject({ key: 'F3' });
    expect(translateKey({ key: 'Shift' }, true)).toMatchObject({ key: null, escPending: true });
  });

  it('leaves typing to the fields', () => {
    expect(translateKey({ key: '4' }, false)).toEqual({ key: null, escPending: false, consume: false });
    expect(translateKey({ key: '/' }, false)).toMatchObject({ key: null, consume: false });
    expect(translateKey({ key: '/' }, false, true)).toMatchObject({ key: '/', consume: true });
    expect(translateKey({ key: 'c', ctrlKey: true }, false)).toMatchObject({ key: null, consume: false });
    expect(translateKey({ key: 'Tab', shiftKey: true }, false)).toMatchObject({ key: 'ShiftTab' });
  });
});
