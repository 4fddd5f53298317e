import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../data/db';

export function App() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void getDb().events.count().then(setCount);
  }, []);
  return <main><h1>China–Russia Lens</h1><p data-testid="event-count">{count ?? '…'}</p></main>;
}
