// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { Card } from '../../components/card/Card';
import { Panel, type PanelGroup } from '../../components/card/Panel';
import { formatDateSpan, formatPartialDate } from '../../components/card/format';
import type { Entity } from '../../core/types';

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const entity: Entity = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  type: 'person',
  side: 'russia',
  description: 'President of Russia.',
  names: { ru: 'Владимир Путин', zh: '普京' },
  aliases: [{ text: 'Putin', lang: 'en' }],
};

describe('Card', () => {
  it('shows names, type, side, why, events with dates at their precision and safe source links', () => {
    const { container, getByText } = render(
      <Card
        entity={entity}
        matched="Путина"
        pageLang="ru"
        status="ready"
        events={[
          { id: 'a', date: '2024-05-16', endDate: '2024-05-17', title: 'State visit to China', sources: ['https://www.kremlin.ru/x', 'javascript:alert(1)'] },
          { id: 'b', date: '2021-06', title: 'Lunar station roadmap' },
        ]}
      />,
    );
    expect(getByText('Владимир Путин')).toBeTruthy();
    expect(getByText('Vladimir Putin')).toBeTruthy();
    expect(getByText('Person')).toBeTruthy();
    expect(getByText('Russia')).toBeTruthy();
    expect(getByText('Путина')).toBeTruthy();
    expect(getByText('16 May 2024 – 17 May 2024')).toBeTruthy();
    expect(getByText('June 2021')).toBeTruthy();
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.kremlin.ru/x']);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders hostile page text as text, never as markup', () => {
    const { container } = render(<Card entity={null} date="2024-05" matched={hostile} pageLang="en" status="ready" events={[{ id: 'x', date: '2024', title: hostile }]} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain(hostile);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("Card: the reader's stars and notes", () => {
  it("shows a star per event and the reader's note as text, and reports star clicks", () => {
    const onToggleSaved = vi.fn();
    const { getAllByRole, container } = render(
      <Card
        entity={entity}
        matched="Putin"
        pageLang="en"
        status="ready"
        events={[{ id: 'a', date: '2024-05-16', title: 'State visit' }, { id: 'b', date: '2022', title: 'Olympics' }]}
        reader={{ saved: ['b'], notes: { a: hostile }, onToggleSaved }}
      />,
    );
    const stars = getAllByRole('button', { name: /Save/ });
    expect(stars.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    fireEvent.click(stars[0]!);
    expect(onToggleSaved).toHaveBeenCalledWith('a');
    expect(container.querySelector('.crl-note')?.textContent).toBe(hostile);
    expect(container.querySelector('img, script')).toBeNull();
  });
});

describe('Panel', () => {
  const groups: PanelGroup[] = [
    { id: 'putin', name: 'Vladimir Putin', typeLabel: 'Person', more: 0, items: [0, 2].map((i) => ({ key: `k${i}`, markIndex: i, context: { before: '…', text: 'Putin', after: ` ${hostile}` } })) },
    { id: 'xi', name: 'Xi Jinping', typeLabel: 'Person', more: 3, items: [{ key: 'k1', markIndex: 1, context: { before: '', text: 'Xi', after: '' } }] },
  ];

  it('is a dialog-ready listbox that steps with arrows and j/k in list order, and closes on request', () => {
    const onStep = vi.fn();
    const onClose = vi.fn();
    const { getByRole, rerender, getByLabelText } = render(
      <Panel groups={groups} events={[]} current={-1} sinoRussian onStep={onStep} onClose={onClose} />,
    );
    const list = getByRole('listbox');
    expect(document.activeElement).toBe(list);
    fireEvent.keyDown(list, { key: 'j' });
    expect(onStep).toHaveBeenLastCalledWith(0);
    rerender(<Panel groups={groups} events={[]} current={0} sinoRussian onStep={onStep} onClose={onClose} />);
    expect(list.getAttribute('aria-activedescendant')).toBe('crl-opt-0');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onStep).toHaveBeenLastCalledWith(2);
    rerender(<Panel groups={groups} events={[]} current={2} sinoRussian onStep={onStep} onClose={onClose} />);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onStep).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(list, { key: 'k' });
    expect(onStep).toHaveBeenLastCalledWith(0);
    fireEvent.click(getByLabelText('Close panel'));
    expect(onClose).toHaveBeenCalled();
    expect(document.querySelector('img, script')).toBeNull();
  });
});

describe('dates', () => {
  it('never shows more precision than known', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2021-06')).toBe('June 2021');
    expect(formatPartialDate('2021-06-28')).toBe('28 June 2021');
    expect(formatDateSpan('2023-03-20', '2023-03-22')).toBe('20 March 2023 – 22 March 2023');
  });
});
