// The embedded database's own thread (ADR 026). openDatabase({ pgliteWorker: true }) starts
// this file as a node:worker_threads worker: it opens PGlite here and serves it over
// PostgreSQL's wire protocol on a private unix socket (@electric-sql/pglite-socket), so the
// WebAssembly's CPU time is spent on this thread and the server's event loop stays free.
// Plain JavaScript on purpose: a worker is started by Node itself, outside tsx, Vitest's
// transform and the server bundle (scripts/bundleServer.ts leaves this file where it is).
import { Blob } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, loadDataDir?: ArrayBuffer }} */
const { dataDir, socketPath, loadDataDir } = workerData;
const port = parentPort;
if (!port) throw new Error('pgliteWorker.mjs runs only as a worker thread');

const db = new PGlite(dataDir, loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {});
await db.waitReady;
// One client connection at a time is what the main thread opens (a pg pool of one): the
// multiplexer of pglite-socket interleaves several clients' protocol messages in PGlite's one
// session, which breaks named statements and unnamed portals. Two are allowed so that a
// replacement connection is not refused while the old one is still being detached.
const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 2 });
await server.start();

port.on('message', async (/** @type {{ id: number, type: 'dump' | 'close' }} */ message) => {
  try {
    if (message.type === 'dump') {
      const dump = await db.dumpDataDir('gzip');
      const bytes = await dump.arrayBuffer();
      port.postMessage({ id: message.id, ok: true, value: bytes }, [bytes]);
    } else if (message.type === 'close') {
      await server.stop();
      if (!db.closed) await db.close();
      port.postMessage({ id: message.id, ok: true });
      port.close();
    }
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ type: 'ready' });
