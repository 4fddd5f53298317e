import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { dataset, DATASET_VERSION } from '../../data/dataset';
import { getDb } from '../../data/db';
import { useBundledDatasetSource } from '../../lib/background/bundled-dataset';
import { REQUEST_PORT, sendOverPort } from '../../lib/port-send';

/** A port as the content script's side sees it, wired to the background's onConnect listener. */
type Listener = (m: unknown) => void;
function fakePort(name: string, sender: { tab?: { id?: number }; url?: string }) {
  const toBackground: Listener[] = [];
  const toPage: Listener[] = [];
  const disconnected: Array<() => void> = [];
  const background = { name, sender, onMessage: { addListener: (fn: Listener) => toBackground.push(fn) }, postMessage: (m: unknown) => toPage.forEach((fn) => fn(m)) };
  const page = {
    name,
    onMessage: { addListener: (fn: Listener) => toPage.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => disconnected.push(fn) },
    postMessage: (m: unknown) => toBackground.forEach((fn) => fn(m)),
    disconnect: vi.fn(),
  };
  return { background, page, dropBackground: () => disconnected.forEach((fn) => fn()) };
}

/** The real background entrypoint on WXT's fake browser and fake-indexeddb. */
describe('background', () => {
  let onCommand: ((command: string, tab?: { id?: number }) => void) | undefined;
  let onConnect: ((port: unknown) => void) | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    // In the extension the background reads the build's dataset file; here the same data from data/.
    useBundledDatasetSource(async () => dataset);
    // The fake browser has no commands API; capture the listener so the shortcut can be tested.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => {
      onCommand = fn as typeof onCommand;
    });
    // Nor ports: capture the listener, and the tests connect their own (fakePort).
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => {
      onConnect = fn as typeof onConnect;
    });
    background.main();
  });

  it('forwards the panel shortcut to the tab it was pressed in', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(onCommand).toBeTypeOf('function');
    onCommand!('toggle-panel', { id: 42 });
    onCommand!('something-else', { id: 43 });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent).toHaveBeenCalledWith(42, { lens: 'toggle-panel' });
  });

  it('forwards the next/previous reference shortcuts to the focused tab', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    onCommand!('next-reference', { id: 7 });
    onCommand!('previous-reference', { id: 7 });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    expect(sent).toHaveBeenNthCalledWith(1, 7, { lens: 'step-reference', direction: 1 });
    expect(sent).toHaveBeenNthCalledWith(2, 7, { lens: 'step-reference', direction: -1 });
  });

  it('opens the first-run page on install, and not on an update', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(created.mock.calls[0][0].url).toMatch(/\/welcome\.html$/);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await new Promise((r) => setTimeout(r, 50));
    expect(created).toHaveBeenCalledTimes(1);
  });

  it("answers a content script's request over its own port, as it answers a message", async () => {
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name?: string }) => {
      const port = fakePort(info?.name ?? '', { tab: { id: 5 }, url: 'https://news.example/a' });
      onConnect!(port.background);
      return port.page;
    }) as never);
    const viaPort = await sendOverPort('ping', {});
    expect(connect).toHaveBeenCalledWith({ name: REQUEST_PORT });
    expect(viaPort).toEqual((await fakeBrowser.runtime.sendMessage({ lens: 'ping', payload: {} })).value);
    // A handler's failure comes back as the same clear error.
    await expect(sendOverPort('toggle-saved', { eventId: '' })).rejects.toThrow('toggle-saved needs an event id');
  });

  it('a port of another name is not answered; a background gone before answering is a clear error; no port, a message', async () => {
    const other = fakePort('someone-else', {});
    const posted = vi.fn();
    onConnect!({ ...other.background, postMessage: posted });
    other.page.postMessage({ lens: 'ping', payload: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(posted).not.toHaveBeenCalled();

    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementationOnce((() => {
      const port = fakePort(REQUEST_PORT, {});
      // Nobody listens: the background stopped; the port is dropped.
      setTimeout(() => port.dropBackground(), 10);
      return port.page;
    }) as never);
    await expect(sendOverPort('ping', {})).rejects.toThrow("No answer from the background for 'ping'");

    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementationOnce(() => {
      throw new Error('no ports here');
    });
    expect((await sendOverPort('ping', {})).ok).toBe(true);
  });

  it('answers ping from a seeded database', async () => {
    const reply = await fakeBrowser.runtime.sendMessage({ lens: 'ping', payload: {} });
    expect(reply).toEqual({ ok: true, value: { ok: true, datasetVersion: DATASET_VERSION, events: dataset.events.length, entities: dataset.entities.length } });
    expect((await getDb().meta.get('datasetVersion'))?.value).toBe(DATASET_VERSION);
  });

  it('turns a failing handler into a clear error reply', async () => {
    const reply = await fakeBrowser.runtime.sendMessage({ lens: 'toggle-saved', payload: { eventId: '' } });
    expect(reply).toEqual({ ok: false, error: 'toggle-saved needs an event id' });
  });

  it('names an unknown message instead of hanging', async () => {
    const reply = await fakeBrowser.runtime.sendMessage({ lens: 'no-such-thing', payload: {} });
    expect(reply).toEqual({ ok: false, error: "Unknown message 'no-such-thing'" });
  });

  it('stars an event for the in-page card and reports it back', async () => {
    const id = dataset.events[0]?.id ?? 'x';
    expect(await fakeBrowser.runtime.sendMessage({ lens: 'toggle-saved', payload: { eventId: id } })).toEqual({ ok: true, value: { saved: true } });
    expect(await fakeBrowser.runtime.sendMessage({ lens: 'user-state', payload: { eventIds: [id, 'other'] } })).toEqual({ ok: true, value: { saved: [id], notes: {} } });
  });
});
