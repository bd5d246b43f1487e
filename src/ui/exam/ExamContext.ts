// Whether the page runs an exam (?exam=1): views that help (hints, the solution, undo and the other time
// travel) read it and stay off. A context so any component can ask without props threading through.
import { createContext, useContext } from 'react';

export const ExamModeContext = createContext(false);

/** True in an exam lab: no hints, no solution, no undo. */
export function useExamMode(): boolean {
  return useContext(ExamModeContext);
}
