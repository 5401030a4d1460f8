/** The worker-thread pool the card images are rasterised in (src/cards/worker-pool.ts). */
import { afterEach, describe, expect, test } from 'vitest';
import { WorkerPool } from '../../src/cards/worker-pool';

/** Doubles `n` after `ms`; fails on negative numbers; exits on `crash`; answers with its thread id. */
const SOURCE = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, n, ms, crash }) => {
  if (crash) process.exit(3);
  setTimeout(() => {
    if (n < 0) parentPort.postMessage({ id, error: 'negative ' + n });
    else parentPort.postMessage({ id, value: { double: n * 2, thread: threadId } });
  }, ms ?? 0);
});`;

type Message = { n: number; ms?: number; crash?: boolean };
type Answer = { double: number; thread: number };

const pools: WorkerPool<Message, Answer>[] = [];
const pool = (size: number, idleMs = 50) => {
  const p = new WorkerPool<Message, Answer>({ source: SOURCE, size, idleMs });
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkerPool', () => {
  test('runs tasks and returns each answer to its own task', async () => {
    const p = pool(2);
    const answers = await Promise.all([5, 1, 4, 2].map((n) => p.run({ n, ms: n * 5 })));
    expect(answers.map((a) => a.double)).toEqual([10, 2, 8, 4]);
  });

  test('uses at most `size` workers, all of them when there is enough work', async () => {
    const p = pool(2);
    const answers = await Promise.all(Array.from({ length: 6 }, () => p.run({ n: 1, ms: 20 })));
    expect(new Set(answers.map((a) => a.thread)).size).toBe(2);
  });

  test("rejects a task with the worker's error and keeps working", async () => {
    const p = pool(1);
    await expect(p.run({ n: -1 })).rejects.toThrow('negative -1');
    await expect(p.run({ n: 3 })).resolves.toMatchObject({ double: 6 });
  });

  test('a crashed worker fails its task and is replaced', async () => {
    const p = pool(1);
    await expect(p.run({ n: 1, crash: true })).rejects.toThrow(/exited with code 3/);
    await expect(p.run({ n: 2 })).resolves.toMatchObject({ double: 4 });
  });

  test('workers end after the idle time and start again on the next task', async () => {
    const p = pool(2, 20);
    await p.run({ n: 1 });
    expect(p.workers).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(p.workers).toBe(0);
    await expect(p.run({ n: 2 })).resolves.toMatchObject({ double: 4 });
  });
});
