/**
 * When the browser began running our content script, before any other module of it is evaluated
 * (index.ts imports this first): measure-content tells the browser's injection time from our own
 * start-up cost with it.
 */
export const scriptStart = performance.now();
