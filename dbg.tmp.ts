import { loadEventFile } from './src/event/load';
import { EventKnowledge } from './src/understanding/knowledge';
import { understand } from './src/understanding/understand';
const k = new EventKnowledge(loadEventFile(process.argv[3] ?? 'events/kl-region-midtjylland-2024.yaml'));
const u = understand(process.argv[2]!, k);
console.log(JSON.stringify(u, (key, v) => (key === 'knowledge' || key === 'item' || key === 'parent' || key === 'titleStems' || key === 'byStems' || key === 'entry' ? undefined : v instanceof Set ? [...v] : v), 1).slice(0, 2500));
