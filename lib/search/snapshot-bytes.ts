/**
 * A search snapshot as one byte buffer, for the index prebuilt at build time and shipped with the
 * extension (public/… → search-index.bin): the typed arrays as they are, everything else as JSON.
 * Layout: 'CRLI', the JSON's byte length, the JSON (UTF-8, padded to 4 bytes), then each typed array's
 * bytes in turn. Decoding makes views onto the buffer, so nothing is copied or parsed element by element.
 * The JSON names the dataset version the index was built from: the popup uses it only for that dataset.
 */
import type { SearchSnapshot } from './event-search';

const MAGIC = 0x494c5243; // 'CRLI', little-endian

interface Envelope {
  datasetVersion: string;
  /** FNV-1a over the arrays' 32-bit words: a damaged file is refused rather than answering wrongly. */
  checksum: number;
  snapshot: unknown;
}

function checksum(words: Uint32Array, h = 0x811c9dc5): number {
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193) >>> 0;
  return h;
}

type ArrayRef = { $u32: number; length: number };

export function snapshotToBytes(snapshot: SearchSnapshot, datasetVersion: string): Uint8Array {
  const arrays: Uint32Array[] = [];
  const body = JSON.stringify(snapshot, (_k, v: unknown) => {
    if (v instanceof Uint32Array) {
      arrays.push(v);
      return { $u32: arrays.length - 1, length: v.length } satisfies ArrayRef;
    }
    return v;
  });
  const sum = arrays.reduce((h, a) => checksum(a, h), 0x811c9dc5);
  const json = `{"datasetVersion":${JSON.stringify(datasetVersion)},"checksum":${sum},"snapshot":${body}}`;
  const head = new TextEncoder().encode(json);
  const headLength = (head.length + 3) & ~3;
  const total = 8 + headLength + arrays.reduce((n, a) => n + a.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, head.length, true);
  out.set(head, 8);
  let at = 8 + headLength;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/**
 * The snapshot in `bytes` if it was built from `datasetVersion`, else null. Throws on a malformed buffer.
 * Typed arrays are little-endian views onto `bytes` (every browser we run on is little-endian).
 */
export function snapshotFromBytes(bytes: ArrayBuffer, datasetVersion: string): SearchSnapshot | null {
  if (bytes.byteLength < 8) throw new Error('search index file: too short');
  const view = new DataView(bytes);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('search index file: not one');
  const headLength = view.getUint32(4, true);
  if (8 + headLength > bytes.byteLength) throw new Error('search index file: truncated');
  const json = new TextDecoder().decode(new Uint8Array(bytes, 8, headLength));
  const refs: { ref: ArrayRef; set: (a: Uint32Array) => void }[] = [];
  const envelope = JSON.parse(json, function (this: Record<string, unknown>, key, v: unknown) {
    if (v && typeof v === 'object' && '$u32' in v) refs.push({ ref: v as ArrayRef, set: (a) => (this[key] = a) });
    return v;
  }) as Envelope;
  if (envelope.datasetVersion !== datasetVersion) return null;
  // Arrays were written in the order JSON.stringify met them, which is the order the reviver meets them.
  refs.sort((a, b) => a.ref.$u32 - b.ref.$u32);
  let at = 8 + ((headLength + 3) & ~3);
  let sum = 0x811c9dc5;
  for (const { ref, set } of refs) {
    const bytesNeeded = ref.length * 4;
    if (at + bytesNeeded > bytes.byteLength) throw new Error('search index file: truncated');
    const words = new Uint32Array(bytes, at, ref.length);
    sum = checksum(words, sum);
    set(words);
    at += bytesNeeded;
  }
  if (sum !== envelope.checksum) throw new Error('search index file: damaged');
  return envelope.snapshot as SearchSnapshot;
}
