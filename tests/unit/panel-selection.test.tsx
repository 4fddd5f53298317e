// @vitest-environment jsdom
/**
 * The panel re-renders only the groups whose selection changed (GroupOptions skips the others): the
 * selection must still move across groups, leave the old group, and follow new groups and languages.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/preact';
import { Panel, type PanelGroup } from '../../components/card/Panel';

const item = (i: number, text: string) => ({ key: `k${i}`, markIndex: i, context: { before: '', text, after: '' } });
const groups: PanelGroup[] = [
  { id: 'putin', name: 'Vladimir Putin', type: 'person', more: 0, items: [item(0, 'Putin'), item(2, 'Putin')] },
  { id: 'xi', name: 'Xi Jinping', type: 'person', more: 0, items: [item(1, 'Xi'), item(3, 'Xi')] },
];

const selected = () => [...document.querySelectorAll('[role="option"][aria-selected="true"]')].map((o) => o.id);

describe('Panel selection across groups', () => {
  it('moves from group to group and back, one option selected at a time', () => {
    const props = { events: [], contentLang: 'en' as const, sinoRussian: true, onStep: vi.fn(), onClose: vi.fn() };
    const { rerender } = render(<Panel {...props} groups={groups} current={-1} />);
    expect(selected()).toEqual([]);
    for (const current of [0, 1, 2, 3, 0]) {
      rerender(<Panel {...props} groups={groups} current={current} />);
      expect(selected()).toEqual([`crl-opt-${current}`]);
    }
    // New groups (the page was rescanned): the selection and the new options are shown.
    const more: PanelGroup[] = [{ ...groups[0]!, items: [...groups[0]!.items, item(4, 'Путин')] }, groups[1]!];
    rerender(<Panel {...props} groups={more} current={4} />);
    expect(selected()).toEqual(['crl-opt-4']);
    expect(document.querySelector('#crl-opt-4')?.textContent).toBe('Путин');
    rerender(<Panel {...props} groups={more} current={-1} />);
    expect(selected()).toEqual([]);
  });
});
