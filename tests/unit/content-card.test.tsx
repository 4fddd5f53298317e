// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { I18nProvider } from '../../lib/i18n/use-i18n';
import { Card } from '../../components/card/Card';
import { Panel, type PanelGroup } from '../../components/card/Panel';
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
        contentLang="ru"
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
    expect(getByText('May 16 – 17, 2024')).toBeTruthy();
    expect(getByText('June 2021')).toBeTruthy();
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.kremlin.ru/x']);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders hostile page text as text, never as markup', () => {
    const { container } = render(<Card entity={null} date="2024-05" matched={hostile} pageLang="en" contentLang="en" status="ready" events={[{ id: 'x', date: '2024', title: hostile }]} />);
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
        contentLang="en"
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
    { id: 'putin', name: 'Vladimir Putin', type: 'person', more: 0, items: [0, 2].map((i) => ({ key: `k${i}`, markIndex: i, context: { before: '…', text: 'Putin', after: ` ${hostile}` } })) },
    { id: 'xi', name: 'Xi Jinping', type: 'person', more: 3, items: [{ key: 'k1', markIndex: 1, context: { before: '', text: 'Xi', after: '' } }] },
  ];

  it('is a dialog-ready listbox that steps with arrows and j/k in list order, and closes on request', () => {
    const onStep = vi.fn();
    const onClose = vi.fn();
    const { getByRole, rerender, getByLabelText } = render(
      <Panel groups={groups} events={[]} contentLang="en" current={-1} sinoRussian onStep={onStep} onClose={onClose} />,
    );
    const list = getByRole('listbox');
    expect(document.activeElement).toBe(list);
    fireEvent.keyDown(list, { key: 'j' });
    expect(onStep).toHaveBeenLastCalledWith(0);
    rerender(<Panel groups={groups} events={[]} contentLang="en" current={0} sinoRussian onStep={onStep} onClose={onClose} />);
    expect(list.getAttribute('aria-activedescendant')).toBe('crl-opt-0');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onStep).toHaveBeenLastCalledWith(2);
    rerender(<Panel groups={groups} events={[]} contentLang="en" current={2} sinoRussian onStep={onStep} onClose={onClose} />);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onStep).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(list, { key: 'k' });
    expect(onStep).toHaveBeenLastCalledWith(0);
    fireEvent.click(getByLabelText('Close panel'));
    expect(onClose).toHaveBeenCalled();
    expect(document.querySelector('img, script')).toBeNull();
  });
});

describe('Card and Panel in the reader\'s language', () => {
  it('speak Russian, with Russian plurals, dates and dataset text, and mark what is English only', () => {
    const { container, getByText } = render(
      <I18nProvider lang="ru">
        <Card
          entity={{ ...entity, translations: { ru: { description: 'Президент России.' }, zh: { description: '俄罗斯总统。' } } }}
          matched="Путин"
          pageLang="ru"
          contentLang="ru"
          status="ready"
          events={[
            { id: 'a', date: '2024-05-16', title: 'State visit to China', translations: { ru: { title: 'Государственный визит в Китай', summary: '…' }, zh: { title: '对华国事访问', summary: '…' } } },
            { id: 'b', date: '2021-06', title: 'A reader event' },
          ]}
        />
      </I18nProvider>,
    );
    expect(getByText('Президент России.')).toBeTruthy();
    expect(getByText('Персона')).toBeTruthy();
    expect(getByText('Связанные события')).toBeTruthy();
    expect(getByText('Государственный визит в Китай')).toBeTruthy();
    expect(getByText('16 мая 2024 г.')).toBeTruthy();
    // No Russian title: the English shows, marked as English.
    const fallback = [...container.querySelectorAll('.crl-title')].find((el) => el.textContent?.includes('A reader event'))!;
    expect(fallback.getAttribute('lang')).toBe('en');
    expect(fallback.querySelector('.crl-fallback')).not.toBeNull();
    expect(container.textContent).not.toContain('Related events');
  });

  it('count references with each language\'s plural rules', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, markIndex: i, context: { before: '', text: 'Путин', after: '' } }));
    const status = (n: number, lang: 'ru' | 'en' | 'zh') => {
      const { container, unmount } = render(
        <I18nProvider lang={lang}>
          <Panel groups={[{ id: 'p', name: 'Путин', type: 'person', more: 0, items: items(n) }]} events={[]} contentLang={lang} current={-1} sinoRussian onStep={vi.fn()} onClose={vi.fn()} />
        </I18nProvider>,
      );
      const text = container.querySelector('.crl-status')!.textContent!;
      unmount();
      return text;
    };
    expect(status(1, 'ru')).toContain('1 упоминание');
    expect(status(2, 'ru')).toContain('2 упоминания');
    expect(status(5, 'ru')).toContain('5 упоминаний');
    expect(status(1, 'en')).toContain('1 reference to 1 entity');
    expect(status(2, 'en')).toContain('2 references');
    expect(status(3, 'zh')).toContain('3 处提及');
  });
});

describe('Card: events first, nothing moves when the reader’s marks arrive', () => {
  const events = [
    { id: 'a', date: '2024-05-16', title: 'State visit to China' },
    { id: 'b', date: '2024-05-17', title: 'Harbin expo' },
  ];
  it('keeps a slot for each star until the stars come, and puts the note button after the events', () => {
    const before = render(<Card entity={entity} matched="Putin" pageLang="en" contentLang="en" status="ready" events={[]} inArticle={events} />);
    expect(before.container.querySelectorAll('.crl-star-slot[aria-hidden="true"]').length).toBe(2);
    expect(before.container.querySelectorAll('button.crl-star').length).toBe(0);
    before.unmount();
    const after = render(
      <Card
        entity={entity}
        matched="Putin"
        pageLang="en"
        contentLang="en"
        status="ready"
        events={[]}
        inArticle={events}
        reader={{ saved: [], notes: {}, onToggleSaved: () => undefined, entityNote: '', onSaveEntityNote: async () => true }}
      />,
    );
    expect(after.container.querySelectorAll('.crl-star-slot').length).toBe(0);
    expect(after.container.querySelectorAll('button.crl-star').length).toBe(2);
    const list = after.container.querySelector('.crl-events')!;
    const note = after.container.querySelector('.crl-note-open')!;
    expect(list.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
