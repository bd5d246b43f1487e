// How much work one command may do. Counted in steps (a regex thread moved one character, a glob
// compared one name, a directory entry visited), never in wall time, so the same line always ends the
// same way on any machine. A command that runs out is ended by the trainer with a plain message (the
// session catches WorkLimitExceeded); what it changed in the world before that stays, as after a kill.

/** Steps one command may take: far above any lab's needs, small enough that a line ends in well under a second. */
export const COMMAND_STEPS = 4_000_000;

/** Exit status of a command the trainer ended: an error, as grep and most AIX commands use 2 for one. */
export const WORK_LIMIT_STATUS = 2;

/** Thrown when a command has used its steps; the session ends the command with trainer.workLimit. */
export class WorkLimitExceeded extends Error {
  constructor() {
    super('work limit');
  }
}

/** The ceiling in force (withCeiling), or null: every budget also spends from it. */
let ceiling: { left: number } | null = null;

export class WorkBudget {
  constructor(private left: number = COMMAND_STEPS) {}
  /** Takes `n` steps; throws WorkLimitExceeded when none are left (here or under the ceiling in force). */
  spend(n = 1): void {
    this.left -= n;
    if (ceiling) {
      ceiling.left -= n;
      if (ceiling.left < 0) throw new WorkLimitExceeded();
    }
    if (this.left < 0) throw new WorkLimitExceeded();
  }
  remaining(): number {
    return Math.max(0, this.left);
  }
}

/** A budget that never ends, for callers outside a command (tests of pure helpers). */
export const unlimitedBudget = (): WorkBudget => new WorkBudget(Number.POSITIVE_INFINITY);

/** The command's budget; a context made without one (a nested helper, a test) gets a fresh one. */
export function budgetOf(ctx: { budget?: WorkBudget }): WorkBudget {
  return (ctx.budget ??= new WorkBudget());
}

/**
 * Runs `run` (synchronously) with one ceiling of `steps` over every budget spent inside it, however many
 * commands the line runs: the consequence preview bounds a whole typed line this way (core/preview).
 * Says whether the ceiling ran out (then the commands after that point were ended by the trainer).
 */
export function withCeiling<T>(steps: number, run: () => T): { value: T; exhausted: boolean } {
  const outer = ceiling;
  const mine = { left: steps };
  ceiling = mine;
  try {
    const value = run();
    return { value, exhausted: mine.left < 0 };
  } finally {
    ceiling = outer;
  }
}
