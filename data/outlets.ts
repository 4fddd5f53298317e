/**
 * Who published a source: the curated outlet table (`outlets.json`, host → outlet name, type, languages,
 * country) and the host normalisation that merges a site's variants (`www.`, `m.`, `amp.`, a trailing dot,
 * letter case). Pure: the table is passed in, so the popup can load it lazily and tests can read it whole.
 */

export const OUTLET_TYPES = ['official', 'state-media', 'wire', 'newspaper', 'scholarly', 'reference', 'aggregator', 'other'] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];

export interface Outlet {
  /** The outlet's name where it has one, per language (English always, Chinese and Russian where known). */
  name?: { en: string; zh?: string; ru?: string };
  type: OutletType;
  /** ISO 639-1 codes of the language(s) this host publishes in, where known. */
  languages?: string[];
  /** ISO 3166-1 alpha-2 code of the country the outlet is based in, where known. */
  country?: string;
}

export type OutletTable = Record<string, Outlet>;

/** Prefixes that name the same site: 'www.example.com', 'm.example.com' and 'amp.example.com' are example.com. */
const VARIANT_PREFIXES = new Set(['www', 'm', 'amp', 'wap']);

/** A host as the table keys it: lowercase, no trailing dot, no www./m./amp. prefix ('zh.m.wikipedia.org' → 'zh.wikipedia.org'). */
export function normalizeHost(host: string): string {
  const labels = host.trim().toLowerCase().replace(/\.+$/, '').split('.');
  while (labels.length > 2 && VARIANT_PREFIXES.has(labels[0]!)) labels.shift();
  // Wikipedia's mobile hosts put 'm' after the language: en.m.wikipedia.org.
  if (labels.length > 3 && labels[1] === 'm') labels.splice(1, 1);
  return labels.join('.');
}

export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeHost(u.hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** The outlet for a URL: the table's row for its host, or for the nearest parent domain the table holds. */
export function outletFor(table: OutletTable, url: string): { host: string; outlet?: Outlet } | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (table[candidate]) return { host, outlet: table[candidate] };
  }
  return { host };
}

export interface SourceGroup {
  host: string;
  outlet?: Outlet;
  /** The source URLs on this host, in their first order, duplicates (same URL up to the host's variants) merged. */
  urls: string[];
}

/** Sources grouped by normalised host, in order of first appearance: 'en.people.cn.' and 'en.people.cn' are one site. */
export function groupSources(table: OutletTable, urls: readonly string[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const seen = new Set<string>();
  for (const url of urls) {
    const found = outletFor(table, url);
    const host = found?.host ?? url;
    let key = url;
    try {
      const u = new URL(url);
      key = `${host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    } catch {
      /* not a URL: keyed by itself */
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const group = groups.get(host) ?? { host, outlet: found?.outlet, urls: [] };
    group.urls.push(url);
    groups.set(host, group);
  }
  return [...groups.values()];
}

/** Problems with the table's format (an empty list when it is well formed): sorted keys, normalised hosts, valid fields. */
export function outletTableProblems(table: OutletTable, keysInFileOrder: string[]): string[] {
  const problems: string[] = [];
  const sorted = [...keysInFileOrder].sort();
  if (keysInFileOrder.join('\n') !== sorted.join('\n')) problems.push('hosts are not in sorted order');
  const seen = new Set<string>();
  for (const host of keysInFileOrder) {
    if (seen.has(host)) problems.push(`${host}: listed twice`);
    seen.add(host);
    if (normalizeHost(host) !== host) problems.push(`${host}: not a normalised host (${normalizeHost(host)})`);
    const o = table[host]!;
    for (const k of Object.keys(o)) if (!['name', 'type', 'languages', 'country'].includes(k)) problems.push(`${host}: unknown field ${k}`);
    if (!OUTLET_TYPES.includes(o.type)) problems.push(`${host}: type '${o.type}' is not one of ${OUTLET_TYPES.join(', ')}`);
    if (o.name) {
      if (typeof o.name.en !== 'string' || !o.name.en.trim()) problems.push(`${host}: a name needs its English form`);
      for (const [lang, v] of Object.entries(o.name)) {
        if (!['en', 'zh', 'ru'].includes(lang)) problems.push(`${host}: name in unknown language ${lang}`);
        if (typeof v !== 'string' || !v.trim()) problems.push(`${host}: empty ${lang} name`);
      }
    }
    if (o.languages && (!Array.isArray(o.languages) || !o.languages.length || o.languages.some((l) => !/^[a-z]{2,3}$/.test(l)))) problems.push(`${host}: languages must be ISO 639 codes`);
    if (o.country !== undefined && !/^[A-Z]{2}$/.test(o.country)) problems.push(`${host}: country must be an ISO 3166 code`);
  }
  return problems;
}
