// Loaded with `node --import` by bench/parse-start.mjs: as the process exits, writes its CPU time so far
// (process.cpuUsage(): user and system microseconds of every thread, the workers' included) as JSON to the file that
// ROLEFIT_BENCH_CPU_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.ROLEFIT_BENCH_CPU_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.cpuUsage())));
