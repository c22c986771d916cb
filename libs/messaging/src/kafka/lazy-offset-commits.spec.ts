import { jest } from '@jest/globals';
import { LazyOffsetCommits, type OffsetCommitter } from './lazy-offset-commits.js';

function committer(fail = false): OffsetCommitter & { calls: string[] } {
  const calls: string[] = [];
  const call = (kind: string) => async () => {
    calls.push(kind);
    if (fail) throw new Error('REBALANCE_IN_PROGRESS');
  };
  return { calls, all: call('all') };
}

describe('LazyOffsetCommits', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("a batch's own commit waits for nothing (the timer commits out of band), or commits everything with now", async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer();
    commits.bind(c);
    await commits.commit();
    expect(c.calls).toEqual([]);
    await commits.commit({ now: true });
    expect(c.calls).toEqual(['all']);
  });

  it('a steady flow commits once per interval, from the timer, never from inside a batch', async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer();
    commits.bind(c);
    for (let ms = 0; ms < 3_000; ms += 100) {
      await commits.around(() => commits.commit());
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(c.calls).toEqual(['all', 'all', 'all']);
  });

  it('after the last batch of a burst, one timer commits everything once the interval has passed', async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer();
    commits.bind(c);
    await commits.around(async () => undefined);
    await commits.around(async () => undefined);
    await jest.advanceTimersByTimeAsync(999);
    expect(c.calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(c.calls).toEqual(['all']);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(c.calls).toEqual(['all']);
  });

  it('a failing batch commits what was resolved before it, then fails as it did', async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer();
    commits.bind(c);
    await expect(commits.around(async () => Promise.reject(new Error('rebalancing')))).rejects.toThrow('rebalancing');
    expect(c.calls).toEqual(['all']);
  });

  it('stopping commits everything, cancels the timer, and every later batch commits everything', async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer();
    commits.bind(c);
    await commits.around(async () => undefined);
    await commits.stopping();
    expect(c.calls).toEqual(['all']);
    await commits.around(() => commits.commit());
    expect(c.calls).toEqual(['all', 'all', 'all']);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(c.calls).toHaveLength(3);
  });

  it('a refused commit (rebalance, broker away) is left to redelivery: stopping and the timer do not throw', async () => {
    const commits = new LazyOffsetCommits(1_000);
    const c = committer(true);
    commits.bind(c);
    await commits.around(async () => undefined);
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(commits.stopping()).resolves.toBeUndefined();
    expect(c.calls).toEqual(['all', 'all']);
  });

  it('interval 0 arms no timer: the batch commits itself every time', async () => {
    const commits = new LazyOffsetCommits(0);
    const c = committer();
    commits.bind(c);
    await commits.around(() => commits.commit());
    await commits.around(() => commits.commit());
    await jest.advanceTimersByTimeAsync(10_000);
    expect(c.calls).toEqual(['all', 'all']);
  });

  it("commits run one after another: the stop's commit is sent only once the timer's has finished (an older one landing last would rewind the group)", async () => {
    const commits = new LazyOffsetCommits(1_000);
    const events: string[] = [];
    let finishFirst!: () => void;
    let n = 0;
    commits.bind({
      all: () => {
        const k = ++n;
        events.push(`sent ${k}`);
        return k === 1 ? new Promise<void>((resolve) => (finishFirst = () => (events.push('done 1'), resolve()))) : Promise.resolve();
      },
    });
    await commits.around(async () => undefined);
    await jest.advanceTimersByTimeAsync(1_000); // the timer's commit is now in flight
    await Promise.resolve();
    const stopped = commits.stopping();
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toEqual(['sent 1']);
    finishFirst();
    await stopped;
    expect(events).toEqual(['sent 1', 'done 1', 'sent 2']);
  });

  it('before any batch there is nothing to commit', async () => {
    const commits = new LazyOffsetCommits(1_000);
    await expect(commits.commit({ now: true })).resolves.toBeUndefined();
    await expect(commits.stopping()).resolves.toBeUndefined();
  });
});
