// Runs in a Chromium page for bench/seed-chrome.ts: seeds the bundled tables as schema 3 (with their
// secondary indexes) or schema 4 (without) over raw IndexedDB, one readwrite transaction each, and
// returns the milliseconds of each seeding. window.__runs: [label, dataset key, indexed][].
(async () => {
  const sets = window.__data;
  const open = (name, idx) => new Promise((ok, no) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const db = r.result;
      const ev = db.createObjectStore('events', { keyPath: 'id' });
      const en = db.createObjectStore('entities', { keyPath: 'id' });
      if (idx) { ev.createIndex('date', 'date'); ev.createIndex('kind', 'kind'); ev.createIndex('entities', 'entities', { multiEntry: true }); en.createIndex('type', 'type'); en.createIndex('side', 'side'); }
    };
    r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error);
  });
  const out = {};
  let n = 0;
  const seedWith = async (name, idx, events, entities) => {
    const db = await open(name, idx);
    const t = performance.now();
    await new Promise((ok, no) => {
      const tx = db.transaction(['events', 'entities'], 'readwrite');
      for (const e of events) tx.objectStore('events').put(e);
      for (const e of entities) tx.objectStore('entities').put(e);
      tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error);
    });
    const ms = performance.now() - t; db.close(); indexedDB.deleteDatabase(name); return ms;
  };
  for (let round = 0; round < window.__rounds; round++) {
    for (const [label, key, idx] of window.__runs) {
      (out[label] ??= []).push(await seedWith(`seed-${n++}`, idx, sets[key].events, sets[key].entities));
    }
  }
  return out;
})()
