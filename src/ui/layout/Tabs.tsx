// Tabs (WAI-ARIA tabs pattern): a tablist whose selected tab is the one Tab stop, arrows move between
// tabs and select them, Home/End jump to the ends. Panels stay mounted (hidden) so their state survives.
import { memo, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import './tabs.css';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

export interface TabsProps<K extends string> {
  label: string;
  idPrefix: string;
  tabs: TabSpec<K>[];
  selected: K;
  onSelect(key: K): void;
}

function TabsImpl<K extends string>({ label, idPrefix, tabs, selected, onSelect }: TabsProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.key === selected);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const key = tabs[next].key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
              else refs.current.delete(t.key);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.key}`}
            aria-selected={t.key === selected}
            aria-controls={`${idPrefix}-panel-${t.key}`}
            tabIndex={t.key === selected ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.key}
          role="tabpanel"
          id={`${idPrefix}-panel-${t.key}`}
          aria-labelledby={`${idPrefix}-tab-${t.key}`}
          className="tabs__panel"
          hidden={t.key !== selected}
          tabIndex={0}
        >
          {t.panel}
        </div>
      ))}
    </div>
  );
}

export const Tabs = memo(TabsImpl) as typeof TabsImpl;
