/**
 * The loop behind every outbox sender (mail, webhooks): one run at a time per process (other
 * processes are kept apart by the outboxes' claims), then a pause, again until stopped. The timer
 * never keeps the process alive on its own (the HTTP server does).
 */
export interface PollLoop {
  /** Runs now (or joins the run in progress); resolves to what the run returned. */
  runOnce(): Promise<number>;
  /** Starts polling (idempotent). */
  start(): void;
  /** Stops polling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export interface PollLoopOptions {
  /** One run; resolves to how many items it handled. */
  readonly run: () => Promise<number>;
  /** Pause between runs. */
  readonly intervalMs: number;
  /** A run that handled this many items likely left more behind: the next one starts at once. */
  readonly fullBatch?: number | undefined;
  /** Told when a run fails (the loop goes on). */
  readonly onError: (error: unknown) => void;
}

/** Makes a loop; call start() to begin polling. */
export function pollLoop(options: PollLoopOptions): PollLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let started = false;

  const runOnce = (): Promise<number> => {
    running ??= options.run().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = (delayMs: number) => {
    if (!started) return;
    timer = setTimeout(() => {
      let next = options.intervalMs;
      runOnce()
        .then((handled) => {
          if (options.fullBatch !== undefined && handled >= options.fullBatch) next = 0;
        })
        .catch(options.onError)
        .finally(() => schedule(next));
    }, delayMs);
    timer.unref();
  };

  return {
    runOnce,
    start: () => {
      if (started) return;
      started = true;
      schedule(options.intervalMs);
    },
    stop: async () => {
      started = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
