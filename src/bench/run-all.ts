import { engineBench } from './engine.bench';
import { runIntegrityBench } from './integrity.bench';
import { reviewBench } from './review.bench';
import { shareBench } from './share.bench';
import { runSqlBench } from './sql.bench';

/** One benchmark: a name and a run that returns the lines to print. */
export type BenchModule = { name: string; run: () => Promise<string[]> };

/** Every benchmark `npm run bench` runs, in order. Add a module here (e.g. the SQL bench) to include it. */
const printsItself = (name: string, run: () => Promise<void>): BenchModule => ({
  name,
  run: async () => {
    await run();
    return [];
  },
});

const MODULES: BenchModule[] = [
  engineBench,
  shareBench,
  reviewBench,
  printsItself('sql: parse and classify a generated 5,000-statement migration', runSqlBench),
  printsItself('integrity: CSV export checksum and key diff (Node, in memory)', runIntegrityBench),
];

for (const bench of MODULES) {
  console.log(`\n== ${bench.name}`);
  for (const line of await bench.run()) console.log(line);
}
