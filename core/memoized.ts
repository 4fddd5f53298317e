/** `of`, remembering each key's value: for a pure function asked the same few keys many times per page. */
export function memoized<K, V>(of: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined && !known.has(key)) known.set(key, (v = of(key)));
    return v as V;
  };
}
