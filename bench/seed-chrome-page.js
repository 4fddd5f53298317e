// Runs in a Chromium page for bench/seed-chrome.ts: seeds the bundled dataset over raw IndexedDB, one
// readwrite transaction each, as schema 3 stored it (a record per event and entity, with secondary indexes),
// schema 4 (a record per row, primary keys only) or schema 5 (a few large records, data/bundled-store.ts),
// and returns the milliseconds of each seeding. window.__runs: [label, dataset key, layout][], layout
// 'schema3' | 'schema4' | 'parts:<size>' (the parts themselves come from Node, in window.__data.parts).
(async () => {
  const sets = window.__data;
  const open = (name, layout) => new Promise((ok, no) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const db = r.result;
      if (layout.startsWith('parts:')) { db.createObjectStore('bundledParts', { keyPath: 'key' }); return; }
      const ev = db.createObjectStore('events', { keyPath: 'id' });
      const en = db.createObjectStore('entities', { keyPath: 'id' });
      if (layout === 'schema3') { ev.createIndex('date', 'date'); ev.createIndex('kind', 'kind'); ev.createIndex('entities', 'entities', { multiEntry: true }); en.createIndex('type', 'type'); en.createIndex('side', 'side'); }
    };
    r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error);
  });
  const out = {};
  let n = 0;
  const seedWith = async (name, key, layout) => {
    const db = await open(name, layout);
    const t = performance.now();
    await new Promise((ok, no) => {
      if (layout.startsWith('parts:')) {
        const tx = db.transaction(['bundledParts'], 'readwrite');
        const store = tx.objectStore('bundledParts');
        store.clear(); // as writeBundled does
        for (const p of sets.parts[`${key}/${layout.slice(6)}`]) store.put(p);
        tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error);
        return;
      }
      const tx = db.transaction(['events', 'entities'], 'readwrite');
      for (const e of sets[key].events) tx.objectStore('events').put(e);
      for (const e of sets[key].entities) tx.objectStore('entities').put(e);
      tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error);
    });
    const ms = performance.now() - t; db.close(); indexedDB.deleteDatabase(name); return ms;
  };
  for (let round = 0; round < window.__rounds; round++) {
    for (const [label, key, layout] of window.__runs) {
      (out[label] ??= []).push(await seedWith(`seed-${n++}`, key, layout));
    }
  }
  return out;
})()
