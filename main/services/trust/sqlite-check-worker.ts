// SQLite's own full checks (`integrity_check`, `foreign_key_check`) are one synchronous call each
// that takes seconds on a large file, so they run on a worker thread with their own read-only
// connection: the till's event loop never waits for them. The worker is a small CommonJS string
// (no TypeScript loader or bundler needed in the thread); better-sqlite3 is resolved here.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FileCheck } from './integrity';

const source = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, Object.assign({ readonly: true, fileMustExist: true },
    workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}));
  const integrity = db.pragma('integrity_check').map((r) => r.integrity_check);
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    parentPort.postMessage({ ok: false, fault: 'integrity: ' + integrity.slice(0, 3).join('; ') });
  } else {
    const fk = db.pragma('foreign_key_check');
    parentPort.postMessage(fk.length === 0 ? { ok: true, fault: null }
      : { ok: false, fault: 'foreign-keys: ' + fk.length + ' broken, first: ' + fk[0].table + ' row ' + fk[0].rowid + ' → ' + fk[0].parent });
  }
} catch (error) {
  parentPort.postMessage({ ok: false, fault: 'the file could not be read: ' + (error && error.message) });
} finally {
  if (db) db.close();
}
`;

export function sqliteChecksInWorker(path: string, nativeBinding?: string): Promise<FileCheck> {
  // The Electron bundle is CommonJS, but its bundler gives import.meta.url a value (electron-bundle.ts).
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { path, module, nativeBinding } });
    worker.unref(); // a check in progress never keeps a finished CLI command or test alive
    let answered = false;
    worker.once('message', (result: FileCheck) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the check worker stopped with code ${code}`));
    });
  });
}
