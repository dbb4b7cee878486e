import { engineBench } from './engine.bench';

/** One benchmark: a name and a run that returns the lines to print. */
export type BenchModule = { name: string; run: () => Promise<string[]> };

/** Every benchmark `npm run bench` runs, in order. Add a module here (e.g. the SQL bench) to include it. */
const MODULES: BenchModule[] = [engineBench];

for (const bench of MODULES) {
  console.log(`\n== ${bench.name}`);
  for (const line of await bench.run()) console.log(line);
}
