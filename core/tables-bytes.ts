/**
 * Plain data holding typed arrays (the engine's tables) as one byte buffer, for tables built at build
 * time and shipped with the extension. Layout: 'CRLT', the JSON's byte length, a checksum (FNV-1a over
 * every 32-bit word after the first 16 bytes: a damaged file is refused rather than answering wrongly),
 * 4 bytes of padding, the JSON (UTF-8, padded to 8 bytes), then each typed array's bytes in turn, each
 * padded to 8 bytes. Decoding makes views onto the buffer: nothing is copied or parsed element by
 * element. The JSON names the stamp (dataset version and formats) the tables were built for.
 */

const MAGIC = 0x544c5243; // 'CRLT', little-endian

const KINDS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;
type Kind = keyof typeof KINDS;
type Typed = InstanceType<(typeof KINDS)[Kind]>;
type ArrayRef = { $ta: Kind; n: number; length: number };

function kindOf(v: unknown): Kind | undefined {
  for (const k of Object.keys(KINDS) as Kind[]) if (v instanceof KINDS[k]) return k;
  return undefined;
}

const pad8 = (n: number) => (n + 7) & ~7;

function checksum(words: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193) >>> 0;
  return h;
}

export function tablesToBytes(value: unknown, stamp: string): Uint8Array {
  const arrays: Typed[] = [];
  const body = JSON.stringify(value, (_k, v: unknown) => {
    const kind = ArrayBuffer.isView(v) ? kindOf(v) : undefined;
    if (kind) {
      arrays.push(v as Typed);
      return { $ta: kind, n: arrays.length - 1, length: (v as Typed).length } satisfies ArrayRef;
    }
    if (ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set) throw new Error('tables: unsupported value');
    return v;
  });
  const dataLength = arrays.reduce((n, a) => n + pad8(a.byteLength), 0);
  const data = new Uint8Array(dataLength);
  let at = 0;
  for (const a of arrays) {
    data.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  const head = new TextEncoder().encode(`{"stamp":${JSON.stringify(stamp)},"value":${body}}`);
  const headLength = pad8(head.length);
  const out = new Uint8Array(16 + headLength + dataLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, head.length, true);
  out.set(head, 16);
  out.set(data, 16 + headLength);
  view.setUint32(8, checksum(new Uint32Array(out.buffer, 16, (out.length - 16) / 4)), true);
  return out;
}

/**
 * The value in `bytes` if it was written with `stamp` (the dataset version and formats), else null.
 * Throws on a malformed or damaged buffer (the checksum is skipped for bytes the caller vouches for: `intact`).
 * Typed arrays are little-endian views onto `bytes`.
 */
export function tablesFromBytes(bytes: ArrayBuffer, stamp: string, options: { intact?: boolean } = {}): unknown {
  if (bytes.byteLength < 16) throw new Error('tables file: too short');
  const header = new DataView(bytes);
  if (header.getUint32(0, true) !== MAGIC) throw new Error('tables file: not one');
  const headLength = header.getUint32(4, true);
  const dataStart = 16 + pad8(headLength);
  if (dataStart > bytes.byteLength || bytes.byteLength % 8 !== 0) throw new Error('tables file: truncated');
  // `intact`: the caller checked the bytes already (inflated from gzip, whose CRC-32 over them the inflater
  // verifies): summing 6 MB again would be a woken worker's time for nothing.
  if (!options.intact && checksum(new Uint32Array(bytes, 16, (bytes.byteLength - 16) / 4)) !== header.getUint32(8, true)) throw new Error('tables file: damaged');
  const envelope = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 16, headLength))) as { stamp?: unknown; value?: unknown };
  if (envelope.stamp !== stamp) return null;
  // Arrays were written in the order JSON.stringify met them, which is the order this walk meets them
  // (keys in insertion order, as parsed): each one's offset follows from the lengths before it.
  let made = 0;
  let at = dataStart;
  const arrayAt = (ref: ArrayRef): Typed => {
    const Ctor = KINDS[ref.$ta];
    if (!Ctor || ref.n !== made || !Number.isSafeInteger(ref.length) || ref.length < 0) throw new Error('tables file: malformed');
    const byteLength = ref.length * Ctor.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.byteLength) throw new Error('tables file: truncated');
    const out = new Ctor(bytes, at, ref.length);
    made++;
    at += pad8(byteLength);
    return out;
  };
  const revive = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') v[i] = revive(v[i]);
      return v;
    }
    if (v && typeof v === 'object') {
      if ('$ta' in v) return arrayAt(v as ArrayRef);
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (o[k] !== null && typeof o[k] === 'object') o[k] = revive(o[k]);
    }
    return v;
  };
  return revive(envelope.value);
}
