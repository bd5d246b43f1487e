// The header's own controls: the simulation speed and the theme switch.
import type { Speed } from '../../protocol/index.ts';
import type { Theme } from './theme.ts';

const SPEED_LABELS: Record<Speed, string> = { '1x': '1×', '10x': '10×', instant: 'instant' };
const SPEED_ORDER: Speed[] = ['1x', '10x', 'instant'];

export function SpeedSelect({ speed, onChange }: { speed: Speed; onChange(value: string): void }) {
  return (
    <label className="app__speed">
      <span>Speed</span>
      <select value={speed} onChange={(e) => onChange(e.target.value)} aria-label="Simulation speed">
        {SPEED_ORDER.map((s) => (
          <option key={s} value={s}>
            {SPEED_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeButton({ theme, onToggle }: { theme: Theme; onToggle(): void }) {
  return (
    <button type="button" className="header-button app__theme" aria-pressed={theme === 'dark'} aria-label="Dark theme" title="Switch between the light and the dark theme" onClick={onToggle}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="app__theme-text">Dark theme</span>
    </button>
  );
}
