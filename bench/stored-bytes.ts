/** Bytes a snapshot takes stored: typed arrays as they are, strings at two bytes a character (UTF-16, an upper bound). */
export function storedBytes(x: unknown): number {
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (typeof x === 'string') return x.length * 2;
  if (typeof x === 'number') return 8;
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + storedBytes(v), 0);
  if (x && typeof x === 'object') return Object.entries(x).reduce((n, [k, v]) => n + k.length * 2 + storedBytes(v), 0);
  return 0;
}
