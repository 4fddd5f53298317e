// @vitest-environment jsdom
/** The card's sections: 'In this article', 'Other events with …' and 'All N events →'. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Card } from '../../components/card/Card';
import type { Entity } from '../../core/types';

const lavrov: Entity = { id: 'sergey-lavrov', name: 'Sergey Lavrov', type: 'person', side: 'russia', description: 'Foreign minister of Russia.', names: { ru: 'Сергей Лавров' }, aliases: [{ text: 'Lavrov', lang: 'en' }] };

afterEach(cleanup);

describe("Card: 'In this article'", () => {
  it('leads with the article’s events, then the others, then a way to all of them', () => {
    const all = vi.fn();
    const { getByRole, getByText } = render(
      <Card
        entity={lavrov}
        matched="Lavrov"
        pageLang="en" contentLang="en"
        status="ready"
        inArticle={[{ id: 'g', date: '2021-03-23', title: 'Wang Yi and Lavrov sign a statement in Guilin' }]}
        events={[{ id: 'k', date: '2017-07-04', title: 'Joint statement on the Korean Peninsula' }]}
        total={8}
        onAllEvents={all}
      />,
    );
    const article = getByRole('region', { name: 'In this article' });
    expect(article.textContent).toContain('Guilin');
    expect(article.textContent).not.toContain('Korean');
    expect(getByRole('region', { name: 'Other events with Sergey Lavrov' }).textContent).toContain('Korean');
    // The article's section comes first in reading order.
    const order = [...document.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
    expect(order).toEqual(['In this article', 'Other events with Sergey Lavrov']);
    fireEvent.click(getByText('All 8 events →'));
    expect(all).toHaveBeenCalledTimes(1);
  });

  it('says plainly when none of the article’s events involves the entity, in the page’s language for the name', () => {
    const { getByRole } = render(<Card entity={lavrov} matched="Лавров" pageLang="ru" contentLang="ru" status="ready" inArticle={[]} events={[]} total={0} />);
    expect(getByRole('region', { name: 'In this article' }).textContent).toContain('None of this article\'s events involves Сергей Лавров.');
  });
});
