// An in-memory PrintQueueStore: for tests, the bench and browser mode.
import type { PrintJob, PrintQueueStore } from './print-queue';

export interface MemoryJobRecord extends PrintJob {
  status: 'pending' | 'printed' | 'skipped';
  attempts: number;
  lastError?: string;
}

export class MemoryPrintQueue implements PrintQueueStore {
  readonly jobs: MemoryJobRecord[] = [];
  #nextId = 1;

  add(job: Omit<PrintJob, 'id'>): number {
    const id = this.#nextId++;
    this.jobs.push({ ...job, id, status: 'pending', attempts: 0 });
    return id;
  }

  async nextPending(): Promise<PrintJob | undefined> {
    const record = this.jobs.find((j) => j.status === 'pending');
    return record && { id: record.id, document: record.document, isCopy: record.isCopy };
  }

  async markPrinted(id: number): Promise<void> {
    this.#get(id).status = 'printed';
  }

  async markFailed(id: number, error: string): Promise<void> {
    const record = this.#get(id);
    record.attempts++;
    record.lastError = error;
  }

  /** The cashier chose to skip a waiting receipt. */
  skip(id: number): void {
    this.#get(id).status = 'skipped';
  }

  get pending(): number {
    return this.jobs.filter((j) => j.status === 'pending').length;
  }

  #get(id: number): MemoryJobRecord {
    const record = this.jobs.find((j) => j.id === id);
    if (!record) throw new Error(`no print job ${id}`);
    return record;
  }
}
