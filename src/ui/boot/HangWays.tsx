// The ways out of a hung boot, in the order that works: a hung partition takes only a power-off, then
// either the SMS menus (boot another disk) or a plain power-on. Each button pastes its command into the
// prompt (it never runs it) and says what Enter will then do. After the power-off the next step stays.
import { memo, useState } from 'react';
import { PasteButton } from '../layout/PasteButton.tsx';

export type HangStage = 'hung' | 'off-after-hang';

interface Way {
  line: string;
  /** What the command does, shown beside it. */
  does: string;
  /** Said when it is pasted: what pressing Enter will do. */
  onEnter: string;
}

function ways(on: string): { first: Way; sms: Way; powerOn: Way } {
  return {
    first: {
      line: `lab power off${on}`,
      does: 'a hung boot answers nothing else',
      onEnter: 'turns the partition off; then choose SMS or a power-on.',
    },
    sms: {
      line: `lab sms${on}`,
      does: 'power on into SMS, boot another disk',
      onEnter: 'powers the partition on and stops in the SMS menus, where you pick the disk to boot.',
    },
    powerOn: {
      line: `lab power on${on}`,
      does: 'same bootlist: hangs again unless it changed',
      onEnter: 'powers the partition on and boots the first disk of the bootlist.',
    },
  };
}

export const HangWays = memo(function HangWays({ stage, on, onPaste }: { stage: HangStage; on: string; onPaste(line: string): void }) {
  const [note, setNote] = useState('');
  const w = ways(on);
  const paste = (way: Way) => {
    onPaste(way.line);
    setNote(`“${way.line}” is in the command line: press Enter and it ${way.onEnter}`);
  };
  const step = (n: number, way: Way) => (
    <li className="hangways__step" data-testid={`boot.way.${way.line.split(' ').slice(1, 3).join('-')}`}>
      {n > 0 && <span className="hangways__n">{n}.</span>}
      <PasteButton line={way.line} onPaste={() => paste(way)} />
      <span className="hangways__does">{way.does}</span>
    </li>
  );
  return (
    <div className="hangways" data-testid="boot.ways">
      <p className="hangways__label">{stage === 'hung' ? 'Ways out, in this order:' : 'The partition is off. Next, either:'}</p>
      <ol className="hangways__list">
        {stage === 'hung' && step(1, w.first)}
        {step(stage === 'hung' ? 2 : 0, w.sms)}
        <li className="hangways__or">or</li>
        {step(0, w.powerOn)}
      </ol>
      <p className="hangways__note" role="status" data-testid="boot.ways.note">
        {note}
      </p>
    </div>
  );
});
