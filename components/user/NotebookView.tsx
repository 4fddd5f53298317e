/**
 * The reader's notebook: quotes kept from pages, newest first, searchable (every word, any script), each with
 * its page, date and note. Quote text is page text: rendered as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { getDb, type Quote } from '../../data/db';
import { deleteQuote, listQuotes, matchQuotes, updateQuoteNote } from '../../data/user-data/quotes';
import { useI18n } from '../../lib/i18n/use-i18n';
import { formatPartialDate } from '../popup/format-date';
import { useLiveQuery } from './use-live-query';
import './user.css';

function QuoteItem({ quote }: { quote: Quote }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(quote.note ?? '');
  const db = getDb();
  const date = formatPartialDate(quote.date, locale);
  return (
    <li data-quote-id={quote.id} data-testid="quote">
      <blockquote class="crl-quote">{quote.text}</blockquote>
      <p class="crl-muted">
        <a href={quote.url} target="_blank" rel="noopener noreferrer">{quote.title || quote.url}</a>
        {' · '}
        <time dateTime={quote.date} title={t(quote.dateFrom === 'page' ? 'notebook.datePage' : 'notebook.dateSaved')}>{date}</time>
      </p>
      {editing ? (
        <label class="crl-note">
          <span>{t('note.yours')}</span>
          <textarea value={note} rows={2} maxLength={20000} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
      ) : (
        quote.note && <p class="crl-quote-note">{quote.note}</p>
      )}
      <div class="crl-note-row">
        {editing ? (
          <button type="button" onClick={() => void updateQuoteNote(db, quote.id, note).then(() => setEditing(false))}>{t('note.save')}</button>
        ) : (
          <button type="button" onClick={() => setEditing(true)} aria-label={`${t(quote.note ? 'notebook.editNote' : 'notebook.addNote')} (${quote.title || quote.url})`}>{t(quote.note ? 'notebook.editNote' : 'notebook.addNote')}</button>
        )}
        <button
          type="button"
          aria-label={t('notebook.deleteLabel', { title: quote.title || quote.url })}
          onClick={() => {
            if (confirm(t('notebook.confirmDelete'))) void deleteQuote(db, quote.id);
          }}
        >
          {t('saved.delete')}
        </button>
      </div>
    </li>
  );
}

export function NotebookView() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const quotes = useLiveQuery(() => listQuotes(getDb()), []);
  const shown = quotes ? matchQuotes(quotes, query) : [];
  return (
    <section class="crl-notebook" aria-labelledby="crl-notebook-h" data-testid="notebook">
      <h2 id="crl-notebook-h">{t('notebook.heading')}</h2>
      {quotes?.length ? (
        <>
          <label class="crl-field">
            {t('notebook.search')}
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} data-testid="notebook-search" />
          </label>
          {shown.length ? (
            <ul class="crl-saved-list" data-testid="quotes-list">
              {shown.map((q) => <QuoteItem key={q.id} quote={q} />)}
            </ul>
          ) : (
            <p class="crl-muted" role="status">{t('notebook.noMatch')}</p>
          )}
        </>
      ) : (
        <p class="crl-muted">{t('notebook.empty')}</p>
      )}
    </section>
  );
}
