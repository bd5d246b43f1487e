// smit — on an ASCII console (the only kind this trainer has) smit runs the same screens as smitty.
import { smitCommand } from './smitty.ts';

export const smit = smitCommand('smit');
