// @vitest-environment jsdom
/** An event's sources in the reader's language: outlet name, localised type and language, each site once. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { SourceList } from '../../components/user/SourceList';
import { I18nProvider } from '../../lib/i18n/use-i18n';

afterEach(cleanup);

const sources = [
  'https://tass.ru/politika/1',
  'https://www.tass.ru/politika/1/',
  'https://tass.ru/politika/2',
  'http://en.people.cn./n3/2024/0516/c90000-1.html',
  'https://some-blog.example/post',
];

describe('source list', () => {
  it('names each outlet with its type and language in Chinese, and merges a site’s variants', async () => {
    const { container } = render(<I18nProvider lang="zh"><SourceList sources={sources} /></I18nProvider>);
    await waitFor(() => expect(container.querySelector('li[data-host="tass.ru"] .source-meta')).not.toBeNull(), { timeout: 15000 });
    const rows = [...container.querySelectorAll('li')];
    expect(rows.map((li) => li.getAttribute('data-host'))).toEqual(['tass.ru', 'en.people.cn', 'some-blog.example']);
    const tass = rows[0]!;
    expect(tass.querySelector('a')!.textContent).toBe('塔斯社');
    expect(tass.querySelector('a')!.getAttribute('translate')).toBe('no');
    // The second article on the same site is a numbered link; the www./trailing-slash copy is gone.
    expect([...tass.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://tass.ru/politika/1', 'https://tass.ru/politika/2']);
    expect(tass.textContent).toContain('官方媒体');
    expect(tass.textContent).toContain('俄语');
    expect(rows[1]!.textContent).toContain('人民日报');
    expect(rows[1]!.textContent).toContain('英语');
    // A host the table cannot place is shown as itself, as 'other', never guessed.
    expect(rows[2]!.querySelector('a')!.textContent).toBe('some-blog.example');
    expect(rows[2]!.textContent).toContain('其他网站');
  });

  it('says the same in English and Russian', async () => {
    for (const [lang, name, type] of [['en', 'TASS', 'State media'], ['ru', 'ТАСС', 'Государственное СМИ']] as const) {
      const { container, unmount } = render(<I18nProvider lang={lang}><SourceList sources={sources.slice(0, 1)} /></I18nProvider>);
      await waitFor(() => expect(container.querySelector('.source-meta')).not.toBeNull());
      expect(container.querySelector('a')!.textContent).toBe(name);
      expect(container.textContent).toContain(type);
      unmount();
    }
  });
});
