// Entry point of the bench bundle (scripts/bench.mjs); `out/bench.js` sits one folder below the root, like scripts/.
import { main } from './bench';

void main();
