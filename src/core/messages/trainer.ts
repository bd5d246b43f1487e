// The trainer's own words (not AIX output). They never carry an AIX message number.
export const trainerMessages = {
  notSimulated: (prog: string, what: string) => `${prog}: ${what} is not simulated in this trainer.`,
  /** Rule 9: an AIX command the trainer does not model (shell/unmodelled.ts); exit 1, never "not found". */
  commandNotSimulated: (cmd: string) => `${cmd}: this AIX command is not simulated in this trainer.`,
  shellFeatureNotSimulated: (what: string) => `ksh: ${what} is not simulated in this trainer.`,
  resetAsk: 'Reset the lab to the start of the scenario? All changes are lost; the command history is kept. (y/n) ',
  resetDone: (title: string) => `The lab is back at the start of "${title}".`,
  resetKept: 'Nothing was reset.',
  internalError: (detail: string) => `trainer: internal error (${detail}); the command was not applied.`,
  /** A valid pattern whose matcher would exceed the trainer's size limit (regcomp has no such limit to quote). */
  patternTooLarge: (prog: string) => `${prog}: the pattern is too large for this trainer to run.`,
  /** A command that used up its step budget (shell/budget.ts): ended, never left to stall the console. */
  workLimit: (prog: string) => `${prog}: stopped by the trainer: this command needed more work than one command may do in the simulator.`,
  /** One line printed more than the console keeps (session LineRecorder). */
  outputCut: (kb: number) => `trainer: output cut after ${kb} KB: one command line may print no more in the simulator.`,
  /** A shell variable past what a saved lab keeps (shell/vars.ts). */
  variableNotKept: (name: string, maxVars: number, maxKB: number) => `ksh: ${name}: not set: the trainer keeps at most ${maxVars} variables of up to ${maxKB} KB each.`,
  /** undo/redo reached the console (in a pipeline, a script, the CLI): the page's timeline does them (host/timeTravel.ts). */
  travelOnItsOwn: (cmd: 'undo' | 'redo' | 'timeline') =>
    `${cmd}: type ${cmd} on its own at the prompt of the trainer's page (${cmd === 'timeline' ? 'or open the Timeline tab' : `or press ${cmd === 'undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z'} outside the prompt, or use the Timeline tab`}); here it changes nothing.`,
  hostDown: (host: string, power: string) => `${host} is ${power}: the console does not take commands now.`,
} as const;
