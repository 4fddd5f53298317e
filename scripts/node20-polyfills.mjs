// Vitest 5 targets Node 22+ and calls Map.groupBy when it reports failures; Node 20 lacks it.
// Loaded with `node --import` by the test scripts so a failing test is reported, not crashed on.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    const map = new Map();
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(item);
    }
    return map;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function groupBy(items, keyOf) {
    const out = Object.create(null);
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      (out[key] ??= []).push(item);
    }
    return out;
  };
}
