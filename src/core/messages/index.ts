// Every AIX text the simulator prints lives in this folder, keyed by id, with its real message number.
export { shellMessages } from './shell.ts';
export { trainerMessages } from './trainer.ts';
export { lvmMessages } from './lvm.ts';
export { bootMessages } from './boot.ts';
export { altMessages } from './altdisk.ts';
export { emgrMessages, installpMessages } from './software.ts';
export { multibosMessages } from './multibos.ts';
export { previewMessages } from './preview.ts';
