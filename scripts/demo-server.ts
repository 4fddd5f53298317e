/** `npm run demo`: serves our fixture articles (and the seed articles, where ../shared is present) as news pages on http://127.0.0.1:8080 to try the extension on. */
import { startFixtureServer } from './fixture-server';

const port = Number(process.env.PORT ?? 8080);
const server = await startFixtureServer(port);
console.log(`Demo pages at ${server.origin}/ — load .output/chrome-mv3 in Chrome first (see README). Ctrl+C to stop.`);
