/**
 * Keyboard movement through a result list that keeps focus where it is (the search box or the list):
 * the active row is announced through aria-activedescendant, Enter opens it.
 */
import { useEffect, useState } from 'preact/hooks';

export interface ListNav {
  active: number;
  setActive: (i: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

export function useListNav(count: number, onEnter: (index: number) => void): ListNav {
  const [active, setActive] = useState(-1);
  useEffect(() => {
    if (active >= count) setActive(count - 1);
  }, [count, active]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (count === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(count - 1, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      // Home/End belong to the text cursor when typing in the search box.
      if ((e.key === 'Home' || e.key === 'End') && e.target instanceof HTMLInputElement) return;
      e.preventDefault();
      setActive(moves[e.key]);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      onEnter(active);
    }
  };
  return { active, setActive, onKeyDown };
}
