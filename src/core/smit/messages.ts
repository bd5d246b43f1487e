// The trainer's own words about SMIT (not AIX output: no message numbers). AIX's own SMIT texts are the
// screen conventions in screen.ts.
export const smitMessages = {
  /** Shown with the alt_install menu when smitty is started without a fast path. */
  onlyAltMenus:
    'trainer: only the Alternate Disk Installation menus (fast paths alt_install, alt_clone, alt_mksysb) are simulated; other SMIT menus are not.',
  unknownFastPath: (prog: string, path: string) =>
    `${prog}: the fast path ${path} is not simulated in this trainer; the simulated fast paths are alt_install, alt_clone and alt_mksysb.`,
  oneFastPath: (prog: string) => `${prog}: give one fast path (for example: ${prog} alt_clone).`,
  /** F-keys and items the trainer does not model. */
  keyNotSimulated: (what: string) => `${what} is not simulated in this trainer.`,
  notSimulatedTitle: 'Not simulated',
} as const;
