/**
 * A small pool of worker threads running one piece of code, for CPU-heavy build steps (card
 * rasterising) that would otherwise run one after another on the build's main thread.
 *
 * The worker's code is given as a string (run with `eval`): the build bundles src/ with Vite,
 * where a worker file next to this one would not exist at run time. The code receives one
 * message per task and answers each with `{ id, value }` or `{ id, error }`, echoing the
 * task's `id`. Workers start on the first task, keep the process alive only while they have
 * work, and end after `idleMs` without any, so they hold no memory once the step is over.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** Code of each worker (CommonJS, `require` available); see the module comment. */
  source: string;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /** Number of workers (at least 1). */
  size: number;
  /** Milliseconds without tasks after which the workers end (default 500). */
  idleMs?: number;
}

interface Task {
  id: number;
  message: Record<string, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

export class WorkerPool<M extends Record<string, unknown>, R> {
  readonly #options: Required<Omit<WorkerPoolOptions, 'workerData'>> & { workerData?: unknown };
  readonly #queue: Task[] = [];
  #slots: Slot[] = [];
  #nextId = 0;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: WorkerPoolOptions) {
    this.#options = { idleMs: 500, ...options, size: Math.max(1, Math.floor(options.size)) };
  }

  /** Runs one task; resolves with the worker's `value` or rejects with its `error`. */
  run(message: M): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({
        id: (this.#nextId += 1),
        message,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.#dispatch();
    });
  }

  /** Workers currently running (for tests). */
  get workers(): number {
    return this.#slots.length;
  }

  /** Ends every worker now; queued and running tasks are rejected. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const slots = this.#slots;
    this.#slots = [];
    const error = new Error('worker pool closed');
    for (const task of this.#queue.splice(0)) task.reject(error);
    for (const slot of slots) slot.task?.reject(error);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #dispatch(): void {
    clearTimeout(this.#idleTimer);
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => !s.task);
      if (!slot && this.#slots.length < this.#options.size) slot = this.#spawn();
      if (!slot) break;
      const task = this.#queue.shift() as Task;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ ...task.message, id: task.id });
    }
    if (this.#queue.length === 0 && this.#slots.every((s) => !s.task) && this.#slots.length > 0) {
      this.#idleTimer = setTimeout(() => void this.#endIdle(), this.#options.idleMs);
      this.#idleTimer.unref();
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#options.source, {
      eval: true,
      workerData: this.#options.workerData,
    });
    const slot: Slot = { worker, task: undefined };
    worker.on('message', (answer: { id: number; value?: unknown; error?: string }) => {
      const task = slot.task;
      if (!task || task.id !== answer.id) return;
      slot.task = undefined;
      worker.unref();
      if (answer.error !== undefined) task.reject(new Error(answer.error));
      else task.resolve(answer.value);
      this.#dispatch();
    });
    const fail = (error: Error) => {
      // A worker that crashed or exited is replaced by a new one on the next task.
      this.#slots = this.#slots.filter((s) => s !== slot);
      slot.task?.reject(error);
      slot.task = undefined;
      this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.#slots.includes(slot)) fail(new Error(`worker exited with code ${code}`));
    });
    this.#slots.push(slot);
    return slot;
  }

  async #endIdle(): Promise<void> {
    if (this.#queue.length > 0 || this.#slots.some((s) => s.task)) return;
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
