/**
 * Per-user cooldown: at most `requests` commands or button presses per `windowMs`, counted over a sliding window
 * (the last `requests` accepted times of each user). Autocomplete does not go through it: Discord asks for
 * suggestions on every keystroke, and a user typing a question must not lock themselves out.
 *
 * Refused requests are not counted, so a user who keeps pressing is let in again as soon as the window allows.
 * Memory is bounded: users idle for a whole window are forgotten at the next sweep.
 */

/** Users tracked before a sweep of idle entries runs (the sweep is O(users), so it runs at most once per window). */
const SWEEP_AT_USERS = 10_000;

export type CooldownResult = { allowed: true } | { allowed: false; retryAfterMs: number };

export class Cooldown {
  /** Accepted request times per user, oldest first, at most `requests` of them. */
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly requests: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `userId` if the window allows it; otherwise says how long until it will. */
  take(userId: string): CooldownResult {
    const now = this.now();
    this.sweep(now);
    const times = (this.recent.get(userId) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length >= this.requests) {
      this.recent.set(userId, times);
      return { allowed: false, retryAfterMs: Math.max(1, times[0]! + this.windowMs - now) };
    }
    times.push(now);
    this.recent.set(userId, times);
    return { allowed: true };
  }

  /** Users currently tracked (for tests and debug logs). */
  get size(): number {
    return this.recent.size;
  }

  private sweep(now: number): void {
    if (this.recent.size < SWEEP_AT_USERS || now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.recent) {
      if (now - times[times.length - 1]! >= this.windowMs) this.recent.delete(user);
    }
  }
}

/** Whole seconds to show in "try again in N s": rounded up, at least 1. */
export function retrySeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}
