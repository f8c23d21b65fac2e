/** Limits for {@link createRequestScheduler}. */
export interface RequestSchedulerSettings {
  /** Least time between the starts of two requests to one host, in ms. */
  minIntervalMs: number;
  /** Most requests in flight to one host. */
  perHostConcurrency: number;
  /** Most requests in flight overall. */
  globalConcurrency: number;
}

/** Hands out request slots in FIFO order under per-host and global limits. */
export interface RequestScheduler {
  /** Waits for a slot for `host`; call the returned function when the request (body included) is done. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
}

interface Waiter {
  host: string;
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface HostState {
  active: number;
  nextStartAt: number;
}

/** Creates a scheduler that spaces requests per host and caps concurrency per host and overall. */
export function createRequestScheduler(settings: RequestSchedulerSettings): RequestScheduler {
  const hosts = new Map<string, HostState>();
  const waiters: Waiter[] = [];
  let globalActive = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, nextStartAt: 0 };
      hosts.set(host, state);
    }
    return state;
  };

  function pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let index = 0; index < waiters.length && globalActive < settings.globalConcurrency; ) {
      const waiter = waiters[index];
      if (!waiter) break;
      const state = stateOf(waiter.host);
      if (state.active >= settings.perHostConcurrency) {
        index += 1;
        continue;
      }
      if (state.nextStartAt > now) {
        wakeAt = Math.min(wakeAt, state.nextStartAt);
        index += 1;
        continue;
      }
      waiters.splice(index, 1);
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      state.active += 1;
      state.nextStartAt = now + settings.minIntervalMs;
      globalActive += 1;
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        state.active -= 1;
        globalActive -= 1;
        pump();
      });
    }
    if (wakeAt < Infinity && wakeAt < timerAt) {
      if (timer) clearTimeout(timer);
      timerAt = wakeAt;
      timer = setTimeout(() => {
        timer = undefined;
        timerAt = Infinity;
        pump();
      }, wakeAt - now);
    }
  }

  return {
    acquire(host, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const waiter: Waiter = { host, resolve, reject, signal };
        if (signal) {
          waiter.onAbort = () => {
            const index = waiters.indexOf(waiter);
            if (index >= 0) waiters.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        waiters.push(waiter);
        pump();
      });
    },
  };
}
