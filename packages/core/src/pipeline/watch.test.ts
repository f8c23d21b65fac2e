import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Crawler, Notification, Notifier } from '../interfaces/index.js';
import { createCallbackNotifier } from '../notifiers/index.js';
import { parseJob, type JobInput } from '../schemas/index.js';
import { createMemoryStore } from '../store/index.js';
import { skillShareRanker as skillRanker } from '../testing/skill-share-ranker.js';
import { createPipeline, notifiedSubjectId } from './index.js';

// A board whose postings the test changes between rounds, behind the Crawler interface.
function boardCrawler(board: { jobs: Array<Omit<JobInput, 'source'>> }): Crawler {
  return {
    name: 'board',
    async *crawl() {
      for (const job of board.jobs) yield parseJob({ ...job, source: 'board' });
    },
  };
}

const jobs = {
  dataEngineer: { id: 'j1', title: 'Data Engineer', description: 'SQL and Python pipelines' },
  nurse: { id: 'j2', title: 'ICU Nurse', description: 'Patient care' },
  analyst: { id: 'j3', title: 'SQL Analyst', description: 'Dashboards' },
  developer: { id: 'j4', title: 'Python Developer', description: 'APIs' },
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('pipeline.watch', () => {
  it('notifies each good new job once per person and notifier, across rounds and a restart over the same store file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-watch-'));
    dirs.push(dir);
    const path = join(dir, 'store.json');
    const board = { jobs: [jobs.dataEngineer, jobs.nurse, jobs.analyst] };
    const sent: Notification[] = [];
    const start = async () => {
      const store = createMemoryStore({ path });
      await store.upsertResume({ id: 'ada', skills: ['SQL', 'Python'] });
      await store.upsertResume({ id: 'bo', skills: ['Nursing', 'Patient care'] });
      return {
        store,
        pipeline: createPipeline({
          store,
          ranker: skillRanker,
          crawlers: [boardCrawler(board)],
          notifiers: [createCallbackNotifier((notification) => void sent.push(notification), 'log')],
        }),
      };
    };

    const first = await start();
    const rounds = await first.pipeline.watch({ rounds: 2, intervalMs: 0 });
    expect(rounds.map((round) => round.notified)).toEqual([
      [
        { subjectId: 'ada', notifier: 'log', jobIds: ['j1', 'j3'] },
        { subjectId: 'bo', notifier: 'log', jobIds: ['j2'] },
      ],
      [],
    ]);
    expect(rounds[0]!.crawl?.storedIds).toEqual(['j1', 'j2', 'j3']);
    expect((await first.store.listMatches(notifiedSubjectId('log', 'ada'))).map((match) => match.jobId).sort()).toEqual(
      ['j1', 'j3'],
    );
    expect((await first.store.listMatches('ada')).map((match) => match.jobId).sort()).toEqual(['j1', 'j3']);
    await first.store.close();

    // A restart: a new store object over the same file, and a new posting on the board.
    board.jobs = [jobs.dataEngineer, jobs.nurse, jobs.analyst, jobs.developer];
    const second = await start();
    const [again] = await second.pipeline.watch({ rounds: 1 });
    expect(again!.notified).toEqual([{ subjectId: 'ada', notifier: 'log', jobIds: ['j4'] }]);
    expect(
      sent.map((notification) => [notification.subjectId, notification.matches.map((item) => item.job.id)]),
    ).toEqual([
      ['ada', ['j1', 'j3']],
      ['bo', ['j2']],
      ['ada', ['j4']],
    ]);
    await second.store.close();
  });

  it('goes on when one notifier or person fails, and sends the failed delivery again next round', async () => {
    const store = createMemoryStore();
    const board = { jobs: [jobs.dataEngineer] };
    let failing = true;
    const flaky: Notifier = {
      name: 'flaky',
      async notify() {
        if (failing) throw new Error('smtp down');
      },
    };
    const sent: string[] = [];
    const pipeline = createPipeline({
      store,
      ranker: skillRanker,
      crawlers: [boardCrawler(board)],
      notifiers: [flaky, createCallbackNotifier((notification) => void sent.push(notification.subjectId), 'log')],
    });
    const people = [
      { subjectId: 'nobody' },
      {
        resume: {
          id: 'ada',
          contact: { links: [] },
          skills: ['SQL'],
          experience: [],
          education: [],
          certifications: [],
          languages: [],
        },
      },
    ];
    // 'nobody' does not compile as a WatchPerson (no resume, no profile); from JavaScript it is an error of the round.
    const [first] = await pipeline.watch({ rounds: 1, people: people as never });
    // 'nobody' has no resume, profile or text: an error of the round naming it (it was ranked as score 0 for every job).
    expect(first!.errors.map((error) => [error.subjectId, error.notifier, (error.error as Error).message])).toEqual([
      [
        'nobody',
        undefined,
        'Invalid RecommendRequest: resume: names no one to rank the jobs for: give a resume, a profile or a text',
      ],
      ['ada', 'flaky', 'smtp down'],
    ]);
    expect(first!.notified).toEqual([{ subjectId: 'ada', notifier: 'log', jobIds: ['j1'] }]);
    failing = false;
    const [second] = await pipeline.watch({ rounds: 1, people: people as never });
    expect(second!.notified).toEqual([{ subjectId: 'ada', notifier: 'flaky', jobIds: ['j1'] }]);
    expect(sent).toEqual(['ada']);
  });

  it('records a round whose crawl fails and tries again; stops when aborted, between or during rounds', async () => {
    const store = createMemoryStore();
    let calls = 0;
    const broken: Crawler = {
      name: 'broken',
      async *crawl(options) {
        calls += 1;
        if (calls === 1) throw new Error('board down');
        yield* boardCrawler({ jobs: [jobs.dataEngineer] }).crawl(options);
      },
    };
    const pipeline = createPipeline({
      store,
      ranker: skillRanker,
      crawlers: [broken],
      notifiers: [createCallbackNotifier(() => undefined, 'log')],
    });
    const rounds = await pipeline.watch({ rounds: 2, intervalMs: 0, people: [] });
    expect(rounds[0]!.crawl?.perSource.broken?.failure?.message).toBe('board down');
    expect(rounds[1]!.crawl?.storedIds).toEqual(['j1']);

    const controller = new AbortController();
    const seen: number[] = [];
    const stopped = await pipeline.watch({
      intervalMs: 60_000,
      people: [],
      signal: controller.signal,
      onRound: (round) => (seen.push(round.index), controller.abort()),
    });
    expect(stopped.map((round) => round.index)).toEqual([0]);
    expect(seen).toEqual([0]);
    // A promise onRound returns is awaited before the next round (a caller saving what the round stored), and its
    // rejection ends the watch.
    const events: string[] = [];
    const logged = createPipeline({
      store: createMemoryStore(),
      ranker: skillRanker,
      crawlers: [
        {
          name: 'logged',
          async *crawl(options) {
            events.push('crawl');
            yield* boardCrawler({ jobs: [jobs.dataEngineer] }).crawl(options);
          },
        },
      ],
    });
    await logged.watch({
      rounds: 2,
      intervalMs: 0,
      people: [],
      onRound: async (round) => {
        events.push(`saving ${round.index}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`saved ${round.index}`);
      },
    });
    expect(events).toEqual(['crawl', 'saving 0', 'saved 0', 'crawl', 'saving 1', 'saved 1']);
    await expect(
      logged.watch({
        rounds: 2,
        intervalMs: 0,
        people: [],
        onRound: async () => Promise.reject(new Error('disk full')),
      }),
    ).rejects.toThrow('disk full');
    await expect(pipeline.watch({ people: [], interval: 5 } as never)).rejects.toThrow(
      /unknown key 'interval' \(did you mean 'intervalMs'\?\)/,
    );
  });
});
