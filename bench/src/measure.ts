/**
 * Timing for the benchmark children: a warm-up, then the median of several runs, each started by a full
 * garbage collection. Every collection the bench forces is named in `marks`, so bench/run.js can cut the
 * V8 GC trace (`--trace-gc`) into one segment per run and read the heap's peak within it.
 */
import { writeFileSync } from "fs";

export interface Timed {
  readonly name: string;
  /** Milliseconds of each timed run, in order. */
  readonly samples: number[];
  readonly median: number;
  /**
   * Process CPU milliseconds (all threads, GC helpers included) of each timed run: on a machine shared
   * with other work this moves much less than wall time, so the scaling figures use it.
   */
  readonly cpuSamples: number[];
  readonly cpuMedian: number;
  /** Rows the operation processed in one run (for rows/s), if it makes sense. */
  readonly rows: number | null;
}

export interface Counted {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly baselineName?: string;
  readonly note?: string;
}

export interface ChildReport {
  readonly timed: Timed[];
  readonly counted: Counted[];
  /** Label of each forced GC, in order: `run:<name>` before a timed run, `idle` after the last. */
  readonly marks: string[];
  readonly info: Record<string, unknown>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

const forceGc = (globalThis as { gc?: () => void }).gc;

export class BenchChild {
  private readonly report: ChildReport = { timed: [], counted: [], marks: [], info: {} };

  constructor(private readonly runs: number) {
    if (!forceGc) throw new Error("Run the bench children with node --expose-gc (bench/run.js does).");
  }

  private mark(label: string): void {
    this.report.marks.push(label);
    forceGc!();
  }

  /** One warm-up, then `runs` timed runs. Returns the last run's result so callers can check it. */
  time<T>(name: string, rows: number | null, operation: () => T): T {
    let result = operation();
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < this.runs; i++) {
      this.mark(`run:${name}`);
      const cpu = process.cpuUsage();
      const start = performance.now();
      result = operation();
      samples.push(performance.now() - start);
      cpuSamples.push(cpuMs(process.cpuUsage(cpu)));
    }
    this.mark("idle");
    this.push(name, rows, samples, cpuSamples);
    return result;
  }

  /** The same for an operation that returns a promise. */
  async timeAsync<T>(name: string, rows: number | null, operation: () => Promise<T>): Promise<T> {
    let result = await operation();
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < this.runs; i++) {
      this.mark(`run:${name}`);
      const cpu = process.cpuUsage();
      const start = performance.now();
      result = await operation();
      samples.push(performance.now() - start);
      cpuSamples.push(cpuMs(process.cpuUsage(cpu)));
    }
    this.mark("idle");
    this.push(name, rows, samples, cpuSamples);
    return result;
  }

  /** Times measured elsewhere (another process's clock), e.g. a page's own performance.now(). */
  record(name: string, samples: number[]): void {
    this.push(name, null, samples, []);
  }

  private push(name: string, rows: number | null, samples: number[], cpuSamples: number[]): void {
    const cpuMedian = cpuSamples.length > 0 ? median(cpuSamples) : NaN;
    this.report.timed.push({ name, samples, median: median(samples), cpuSamples, cpuMedian, rows });
  }

  count(figure: Counted): void {
    this.report.counted.push(figure);
  }

  info(key: string, value: unknown): void {
    this.report.info[key] = value;
  }

  /** Writes the report where bench/run.js asked for it (`--out FILE`). */
  save(file: string): void {
    writeFileSync(file, JSON.stringify(this.report));
  }
}

/** `--name value` from the command line. */
export function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}
