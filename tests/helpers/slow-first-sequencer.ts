// The order test files start in. Vitest runs the files that took longest last time first, but a
// fresh clone has no last time and vitest then starts the largest files first: the slowest ones
// here are short files that ingest or train a lot, and started last they left one worker running
// alone for half a minute at the end. These start first, in this order, whatever the cache holds.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest files, slowest first (`npx vitest run --reporter=verbose` shows each file's time). */
const SLOWEST = ['one-node', 'learned-scorer', 'compiled-differential', 'ingest-off-thread', 'ingest-cli'];

function rank(file: TestSpecification): number {
  const at = SLOWEST.findIndex((name) => file.moduleId.endsWith(`/tests/${name}.test.ts`));
  return at === -1 ? SLOWEST.length : at;
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
