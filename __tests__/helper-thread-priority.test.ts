// V8's helper threads get the lowest priority; the main thread keeps its own.
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { lowerHelperThreadPriority } from '../src/helper-thread-priority.js';

/** [name, nice] of each thread of this process (/proc/self/task/<id>/stat: nice is field 19). */
function threads(): [string, number][] {
  return readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) "
    return [Number(id) === process.pid ? 'main' : readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim(), Number(fields[16])];
  });
}

const onLinux = process.platform === 'linux' ? test : test.skip;

onLinux('V8Worker threads get nice 19, the main thread and the other threads keep theirs', () => {
  const before = threads();
  const mainNice = before.find(([name]) => name === 'main')![1];
  const helpers = before.filter(([name]) => name === 'V8Worker').length;
  expect(helpers).toBeGreaterThan(0);
  expect(lowerHelperThreadPriority()).toBe(helpers);
  const after = threads();
  for (const [name, nice] of after) {
    if (name === 'V8Worker') expect(nice).toBe(19);
    else if (name === 'main') expect(nice).toBe(mainNice);
    else expect(nice).toBe(before.find(([n]) => n === name)?.[1] ?? nice);
  }
});
