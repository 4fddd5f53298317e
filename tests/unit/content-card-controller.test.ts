import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController, CLOSE_GRACE_MS, OPEN_DELAY_MS } from '../../entrypoints/content/card-controller';

describe('CardController timings', () => {
  let log: string[];
  let c: CardController<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    c = new CardController<string>((t, via) => log.push(`open ${t} ${via}`), () => log.push('close'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the hover delay, and not at all when the pointer passes by', () => {
    c.pointerOver('Putin');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 10);
    c.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
    c.pointerOver('Putin');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(log).toEqual(['open Putin hover']);
  });

  it('stays open while the pointer travels onto the card, and closes after the grace period when it leaves', () => {
    c.pointerOver('Xi');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    c.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    c.pointerOnCard(true);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open Xi hover']);
    c.pointerOnCard(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(log).toEqual(['open Xi hover', 'close']);
    expect(c.current).toBeNull();
  });

  it('a click opens at once and pins: the pointer leaving does not close it; a click on a hover-opened card pins it too', () => {
    c.pin('Xi');
    expect(log).toEqual(['open Xi click']);
    c.pointerOver(undefined);
    c.pointerOnCard(false);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open Xi click']);
    c.close();
    c.pointerOver('Putin');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    c.pin('Putin');
    expect(log).toEqual(['open Xi click', 'close', 'open Putin hover']);
    c.pointerOver(undefined);
    vi.advanceTimersByTime(5000);
    expect(c.current).toBe('Putin');
    expect(c.via).toBe('click');
  });

  it('moving back onto the same mention cancels the close', () => {
    c.pointerOver('Xi');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    c.pointerOver(undefined);
    vi.advanceTimersByTime(100);
    c.pointerOver('Xi');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open Xi hover']);
  });

  it('keyboard focus opens at once and is not closed by pointer movement; close() closes', () => {
    c.focus('Kremlin');
    expect(log).toEqual(['open Kremlin keyboard']);
    c.pointerOver(undefined);
    vi.advanceTimersByTime(5000);
    expect(c.current).toBe('Kremlin');
    c.close();
    expect(log.at(-1)).toBe('close');
  });
});
