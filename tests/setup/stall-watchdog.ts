// A vitest reporter that turns a stuck run into a loud failure. Vitest 4.0.8 gave a worker 5 s to start; when one took
// longer (a loaded machine), its pool kept the file as running forever and the run never ended (vitest-dev/vitest#8968,
// #9271). The project now runs 4.0.18, which allows 90 s and stops a stranded worker; this stays as the guard for any
// other stall: when nothing has happened for longer than any test or hook may take, it names the files not yet
// finished and exits with 1.
import path from "node:path";
import type { Reporter, TestSpecification, Vitest } from "vitest/node";

// Single tests may set their own, longer timeout (the longest browser journeys allow themselves 4 minutes).
const MIN_LIMIT_MS = 5 * 60_000;

/** Longer than the slowest test or hook any project allows plus a minute for a file's set-up, and never under 5 minutes. */
export function stallLimitMs(projects: ReadonlyArray<{ testTimeout: number; hookTimeout: number }>): number {
  return Math.max(MIN_LIMIT_MS, ...projects.map((p) => Math.max(p.testTimeout, p.hookTimeout) + 60_000));
}

interface Options {
  now?: () => number;
  exit?: (code: number) => void;
  write?: (text: string) => void;
  checkEveryMs?: number;
}

export default class StallWatchdog implements Reporter {
  private limit = Infinity;
  private root = "";
  private lastProgress = 0;
  private unfinished = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  private readonly exit: (code: number) => void;
  private readonly write: (text: string) => void;
  private readonly checkEveryMs: number;

  constructor(options: Options = {}) {
    this.now = options.now ?? Date.now;
    this.exit = options.exit ?? ((code) => process.exit(code));
    this.write = options.write ?? ((text) => process.stderr.write(text));
    this.checkEveryMs = options.checkEveryMs ?? 10_000;
  }

  onInit(vitest: Vitest) {
    this.root = vitest.config.root;
    this.limit = stallLimitMs(vitest.projects.map((project) => project.config));
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
    this.unfinished = new Set(specifications.map((spec) => spec.moduleId));
    this.progress();
    clearInterval(this.timer);
    this.timer = setInterval(() => this.check(), this.checkEveryMs);
    // The watchdog itself must never be what keeps vitest's process alive.
    this.timer.unref();
  }

  onTestModuleQueued = () => this.progress();
  onTestModuleStart = () => this.progress();
  onTestModuleCollected = () => this.progress();
  onTestCaseReady = () => this.progress();
  onTestCaseResult = () => this.progress();
  onHookStart = () => this.progress();
  onHookEnd = () => this.progress();

  onTestModuleEnd(module: { moduleId: string }) {
    this.unfinished.delete(module.moduleId);
    this.progress();
  }

  onTestRunEnd() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Exits with 1, naming the files not yet finished, when nothing has happened for longer than the limit. */
  check() {
    const idleMs = this.now() - this.lastProgress;
    if (idleMs <= this.limit) return;
    const files = [...this.unfinished].map((file) => path.relative(this.root, file));
    const listed = files.slice(0, 10).map((file) => `  ${file}\n`).join("");
    const more = files.length > 10 ? `  … och ${files.length - 10} till\n` : "";
    this.write(
      `\nFEL: vitest har inte kommit framåt på ${Math.round(idleMs / 1000)} s (gränsen är ${Math.round(this.limit / 1000)} s): ` +
        `körningen har fastnat. ${files.length} testfiler blev inte klara:\n${listed}${more}`,
    );
    this.onTestRunEnd();
    this.exit(1);
  }

  private progress() {
    this.lastProgress = this.now();
  }
}
