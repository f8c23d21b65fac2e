import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResumeFile } from '@rolefit/ats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sendCompletion,
  startLocalChatServer,
  type LocalChatServer,
} from '../../../ats/src/generators/local-chat-server.js';
import { answer, job, resume } from '../../../ats/src/testing/tailor-fixtures.js';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit tailor` against a real chat-completions server on 127.0.0.1 (ats's test server) that answers with a canned
// tailored text (ats's tailor fixtures): true except for one skill the resume never mentions (Kubernetes). No model runs
// here; the answer is what a model might write, and the point is what the command does with it.
let server: LocalChatServer;
let directory = '';
beforeAll(async () => {
  server = await startLocalChatServer((_request, response) => sendCompletion(response, answer));
  directory = mkdtempSync(join(tmpdir(), 'rolefit-tailor-'));
  writeFileSync(join(directory, 'resume.json'), JSON.stringify(resume));
  writeFileSync(join(directory, 'job.json'), JSON.stringify(job));
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

const run = (argv: string[], env: Record<string, string> = {}) => runInProcess(argv, { env });

describe('rolefit tailor', () => {
  it('tailors through an OpenAI-compatible server, lists the unsupported claim, and writes a DOCX', async () => {
    const docx = join(directory, 'tailored.docx');
    const result = await run(
      [
        'tailor',
        '--resume',
        join(directory, 'resume.json'),
        '--job',
        join(directory, 'job.json'),
        '--openai-url',
        server.baseUrl,
        '--model',
        'tiny',
        '--docx',
        docx,
      ],
      { OPENAI_API_KEY: 'sk-test' },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Tailored toward: Senior Data Engineer at Globex');
    expect(result.stdout).toContain('- Ran Apache Spark jobs on Kubernetes');
    expect(result.stdout).toMatch(/1 unsupported/);
    expect(result.stdout).toMatch(/! skill "Kubernetes"/);
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk-test');
    const back = await parseResumeFile(readFileSync(docx), { timeoutMs: 30_000 });
    expect(back.experience.map((role) => role.title)).toContain('Data Engineer');
  });

  it('drops the unsupported bullet with --remove-unsupported, and prints JSON with --json', async () => {
    const result = await run([
      'tailor',
      '--resume',
      join(directory, 'resume.json'),
      '--job',
      join(directory, 'job.json'),
      '--openai-url',
      server.baseUrl,
      '--model',
      'tiny',
      '--remove-unsupported',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as {
      unsupported: unknown[];
      removed: Array<{ text: string }>;
      resume: { experience: Array<{ highlights: string[] }> };
    };
    expect(output.unsupported).toEqual([]);
    expect(output.removed.map((claim) => claim.text)).toEqual(['Kubernetes']);
    expect(output.resume.experience[0]?.highlights).not.toContain('Ran Apache Spark jobs on Kubernetes');
  });

  it("flags an award the server's answer adds that the résumé never names (the outside tester's Turing Award)", async () => {
    // Its year (2019) falls within the Acme Corp role, so a check of dates alone let the line through.
    const awarded = answer.replace(
      '- Led a team of 4 engineers',
      '- Led a team of 4 engineers\n- Won the Turing Award in 2019',
    );
    const awardServer = await startLocalChatServer((_request, response) => sendCompletion(response, awarded));
    try {
      const result = await run([
        'tailor',
        '--resume',
        join(directory, 'resume.json'),
        '--job',
        join(directory, 'job.json'),
        '--openai-url',
        awardServer.baseUrl,
        '--model',
        'tiny',
        '--remove-unsupported',
        '--json',
      ]);
      expect(result.code, result.stderr).toBe(0);
      const output = JSON.parse(result.stdout) as {
        removed: Array<{ kind: string; text: string; reason: string }>;
        resume: { experience: Array<{ highlights: string[] }> };
      };
      expect(output.removed).toContainEqual({
        kind: 'award',
        text: 'Won the Turing Award',
        reason: 'the source never names the award or honour "Won the Turing Award"',
        start: expect.any(Number),
        end: expect.any(Number),
        supported: false,
      });
      expect(output.resume.experience[0]?.highlights.join('\n')).not.toContain('Turing');
    } finally {
      await awardServer.close();
    }
  });

  it('lists and removes each unsupported span once, by its most specific kind', async () => {
    // "Google Cloud Platform" is a skill and a name, "PMP certified" a skill and a credential: each was listed twice.
    const padded = answer.replace(
      '- Led a team of 4 engineers',
      '- Led a team of 4 engineers\n- Moved Spark jobs to Google Cloud Platform\n- PMP certified',
    );
    const paddedServer = await startLocalChatServer((_request, response) => sendCompletion(response, padded));
    try {
      const base = [
        'tailor',
        '--resume',
        join(directory, 'resume.json'),
        '--job',
        join(directory, 'job.json'),
        '--openai-url',
        paddedServer.baseUrl,
        '--model',
        'tiny',
      ];
      const flagged = await run(base);
      expect(flagged.code, flagged.stderr).toBe(0);
      expect(flagged.stdout).toMatch(/, 3 unsupported\./);
      expect(flagged.stdout.split('\n').filter((line) => line.startsWith('  ! '))).toEqual([
        '  ! skill "Kubernetes": the source does not mention the skill Kubernetes',
        '  ! skill "Google Cloud Platform": the source does not mention the skill Google Cloud Platform',
        '  ! credential "PMP certified": the source never names the certification or licence "PMP certified"',
      ]);
      const removing = await run([...base, '--remove-unsupported', '--json']);
      expect(removing.code, removing.stderr).toBe(0);
      const output = JSON.parse(removing.stdout) as {
        removed: Array<{ kind: string; text: string }>;
        resume: { experience: Array<{ highlights: string[] }> };
      };
      expect(output.removed.map((claim) => [claim.kind, claim.text])).toEqual([
        ['skill', 'Kubernetes'],
        ['skill', 'Google Cloud Platform'],
        ['credential', 'PMP certified'],
      ]);
      expect(output.resume.experience[0]?.highlights).toEqual([
        'Cut Spark pipeline costs by 30% on AWS',
        'Led a team of 4 engineers',
      ]);
    } finally {
      await paddedServer.close();
    }
  });

  it('fails clearly without a generator (2), with a half-named one (2), and with a missing GGUF file (1)', async () => {
    const base = ['tailor', '--resume', join(directory, 'resume.json'), '--job', join(directory, 'job.json')];
    const none = await run(base);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^rolefit: tailor needs a text generator: --gguf FILE .* or --openai-url URL --model NAME/,
    );
    expect(none.stderr).toContain('Usage: rolefit tailor');
    const noModel = await run([...base, '--openai-url', server.baseUrl]);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/^rolefit: --openai-url needs --model NAME/);
    const missing = await run([...base, '--gguf', join(directory, 'missing.gguf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^rolefit: ModelFileNotFoundError: .*missing\.gguf/);
  });
});
