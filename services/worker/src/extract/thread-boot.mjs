// Entry of an extraction thread: registers tsx (the workspace runs TypeScript source), then
// loads the TypeScript thread module given in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
