const { PGlite } = await import('@electric-sql/pglite');
const sb = process.argv[3];
const t1 = performance.now();
const db = new PGlite(process.argv[2], sb ? { startParams: [...(await import('@electric-sql/pglite')).PGlite.defaultStartParams ?? [], '-c', `shared_buffers=${sb}`] } : {});
await db.waitReady;
const t2 = performance.now();
const r = await db.query('show shared_buffers');
console.log(sb, `open ${Math.round(t2-t1)}`, r.rows[0]);
await db.close();
