/**
 * The one stylesheet we give the page: `::highlight(crlens-*)` rules. It is adopted by the document
 * (no <style> node in the page's DOM) because shadow-root CSS cannot reach highlights of page text.
 * Only paint properties, in the reader's mark style (mark-style.ts), with colours for the page's own
 * background so marks stay readable on light and dark sites.
 */
import type { MarkStyle } from '../../lib/settings';
import { markStyleCss } from './mark-style';

export function highlightCss(dark: boolean, style: MarkStyle = 'soft'): string {
  return markStyleCss(style, dark);
}

/** 'rgb(a)(r, g, b[, a])' → [r, g, b, a]; other syntaxes → null. */
export function parseRgb(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [+m[1], +m[2], +m[3], alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether the page paints a dark background behind its text. */
export function pageLooksDark(doc: Document = document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.25;
  }
  // Transparent all the way: the canvas is dark only if the page opted into a dark colour scheme.
  const scheme = getComputedStyle(doc.documentElement).colorScheme || '';
  const view = doc.defaultView;
  const systemDark = typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  return scheme.includes('dark') && (!scheme.includes('light') || systemDark);
}


/**
 * The document and constructors to adopt a sheet with. In Firefox a content script sees the page through
 * Xray wrappers, and Firefox ESR 140 refuses `adoptedStyleSheets` through them ("Accessing from Xray wrapper
 * is not supported"): there the sheet and the list are made in the page's own compartment
 * (`wrappedJSObject`). Only our CSS text crosses; nothing of the page is read back as code.
 */
interface SheetTarget {
  doc: Document;
  Sheet: typeof CSSStyleSheet;
  newList: (sheets: CSSStyleSheet[]) => CSSStyleSheet[];
}

function sheetTarget(doc: Document): SheetTarget {
  const page = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;
  const win = page?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (page && win) {
    return {
      doc: page,
      Sheet: win.CSSStyleSheet,
      newList: (sheets) => {
        const list = new win.Array<CSSStyleSheet>();
        for (const s of sheets) list.push(s);
        return list;
      },
    };
  }
  return { doc, Sheet: CSSStyleSheet, newList: (sheets) => sheets };
}

/** Installs (or updates) our highlight stylesheet on the document; returns a remover. */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null = null;
  private written: string | null = null;

  apply(dark: boolean, style: MarkStyle = 'soft', doc: Document = document) {
    if (!('adoptedStyleSheets' in doc)) return;
    const target = sheetTarget(doc);
    if (!this.sheet) this.sheet = new target.Sheet();
    // A new theme or style is one sheet rewrite: the marks and their Ranges stay as they are.
    if (this.written !== `${dark}:${style}`) {
      this.sheet.replaceSync(highlightCss(dark, style));
      this.written = `${dark}:${style}`;
    }
    // Pages that assign adoptedStyleSheets wholesale drop ours; re-adding is cheap and idempotent.
    // Array.from: the list is an ObservableArray, which some engines give without includes/filter.
    const sheets = Array.from(target.doc.adoptedStyleSheets);
    if (!sheets.includes(this.sheet)) target.doc.adoptedStyleSheets = target.newList([...sheets, this.sheet]);
  }

  remove(doc: Document = document) {
    if (this.sheet && 'adoptedStyleSheets' in doc) {
      const target = sheetTarget(doc);
      target.doc.adoptedStyleSheets = target.newList(Array.from(target.doc.adoptedStyleSheets).filter((s) => s !== this.sheet));
    }
  }
}
