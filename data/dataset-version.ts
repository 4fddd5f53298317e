/**
 * The bundled dataset's version, without the dataset: the extension's bundles get it written in at build
 * time (wxt.config.ts), so the background never hashes (or even holds in its code) the dataset to know it.
 */
import type { Dataset } from '../core/types';

/** FNV-1a over the canonical JSON: changes whenever any bundled fact changes, so seeding can't be forgotten. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function datasetVersion(data: Dataset): string {
  return `${data.events.length}e-${data.entities.length}n-${fnv1a(JSON.stringify(data))}`;
}

/**
 * Written into the extension's bundles at build time (wxt.config.ts): hashing 2 MB of JSON cost a woken
 * service worker ~60 ms before it could answer anything. Undefined in Node (CLI, tests) and dev builds.
 */
declare const __LENS_DATASET_VERSION__: string | undefined;

export const BUILT_DATASET_VERSION: string | undefined = typeof __LENS_DATASET_VERSION__ === 'string' ? __LENS_DATASET_VERSION__ : undefined;
