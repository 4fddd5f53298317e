/**
 * An event's sources as a reader can weigh them: each site once (www./m./trailing-dot variants merged), named
 * as its outlet ('TASS', not 'tass.com'), with its type (official, state media, wire…) and language.
 */
import { Fragment } from 'preact';
import type { MessageKey } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/use-i18n';
import { groupSources, type Outlet, type OutletType } from '../../data/outlets';
import { useOutlets } from './use-outlets';

const TYPE_LABEL: Record<OutletType, MessageKey> = {
  official: 'outlet.official',
  'state-media': 'outlet.state-media',
  wire: 'outlet.wire',
  newspaper: 'outlet.newspaper',
  scholarly: 'outlet.scholarly',
  reference: 'outlet.reference',
  aggregator: 'outlet.aggregator',
  other: 'outlet.other',
};

function languageNames(codes: string[] | undefined, locale: string): string {
  if (!codes?.length) return '';
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return codes.map((c) => names.of(c) ?? c).join(', ');
  } catch {
    return codes.join(', ');
  }
}

export function outletName(outlet: Outlet | undefined, host: string, lang: string): string {
  if (!outlet?.name) return host;
  return (lang === 'zh' || lang === 'ru' ? outlet.name[lang] : undefined) ?? outlet.name.en;
}

export function SourceList({ sources }: { sources: readonly string[] }) {
  const { t, lang, locale } = useI18n();
  const table = useOutlets();
  const groups = groupSources(table ?? {}, sources);
  return (
    <ul class="sources" data-testid="sources">
      {groups.map((g) => {
        const language = languageNames(g.outlet?.languages, locale);
        const kind = table ? t(TYPE_LABEL[g.outlet?.type ?? 'other']) : '';
        return (
          <li key={g.host} data-host={g.host} data-outlet-type={g.outlet?.type ?? 'other'}>
            <a href={g.urls[0]} target="_blank" rel="noopener noreferrer" translate={false} title={g.urls[0]}>{outletName(g.outlet, g.host, lang)}</a>
            {g.urls.slice(1).map((url, i) => (
              <Fragment key={url}>
                {' '}
                <a href={url} target="_blank" rel="noopener noreferrer" title={url} aria-label={t('sources.another', { name: outletName(g.outlet, g.host, lang), n: i + 2 })}>[{i + 2}]</a>
              </Fragment>
            ))}
            {kind && <span class="source-meta"> · {kind}{language ? ` · ${language}` : ''}</span>}
            {g.outlet?.name && <span class="source-host muted" translate={false}> ({g.host})</span>}
          </li>
        );
      })}
    </ul>
  );
}
