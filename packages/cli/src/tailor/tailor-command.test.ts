import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResumeFile } from '@rolefit/ats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCompletion, startLocalChatServer, type LocalChatServer } from '../../../ats/src/generators/local-chat-server.js';
import { main } from '../rolefit.js';

// `rolefit tailor` against a real chat-completions server on 127.0.0.1 (ats's test server) that answers with a canned
// tailored text: true except for one skill the resume never mentions (Kubernetes). No model runs here; the answer is
// what a model might write, and the point is what the command does with it.
const resume = {
  id: 'jane',
  contact: { name: 'Jane Doe', email: 'jane@example.com' },
  summary: 'Data engineer who builds pipelines.',
  skills: ['Python', 'SQL', 'Apache Spark', 'AWS'],
  experience: [
    { title: 'Data Engineer', company: 'Acme Corp', start: '2019-03', end: null, highlights: ['Cut pipeline costs by 30% on AWS', 'Led a team of 4 engineers'] },
    { title: 'Software Developer', company: 'Initech', start: '2016-06', end: '2019-02', highlights: ['Built reporting tools in Python'] },
  ],
};
const job = { id: 'sample:1', source: 'sample', title: 'Senior Data Engineer', company: 'Globex', skills: ['Python', 'Kubernetes', 'Apache Spark'], description: 'We need Spark and Kubernetes.' };
const answer = [
  'SUMMARY: Data engineer building pipelines in Python and Apache Spark since 2019.',
  '',
  'ROLE 1: Data Engineer at Acme Corp',
  '- Cut Spark pipeline costs by 30% on AWS',
  '- Ran Apache Spark jobs on Kubernetes',
  '- Led a team of 4 engineers',
  'ROLE 2: Software Developer at Initech',
  '- Built reporting tools in Python and SQL',
].join('\n');

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

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
  return { code, stdout, stderr };
}

describe('rolefit tailor', () => {
  it('tailors through an OpenAI-compatible server, lists the unsupported claim, and writes a DOCX', async () => {
    const docx = join(directory, 'tailored.docx');
    const result = await run(['tailor', '--resume', join(directory, 'resume.json'), '--job', join(directory, 'job.json'), '--openai-url', server.baseUrl, '--model', 'tiny', '--docx', docx], { OPENAI_API_KEY: 'sk-test' });
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
    const result = await run(['tailor', '--resume', join(directory, 'resume.json'), '--job', join(directory, 'job.json'), '--openai-url', server.baseUrl, '--model', 'tiny', '--remove-unsupported', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { unsupported: unknown[]; removed: Array<{ text: string }>; resume: { experience: Array<{ highlights: string[] }> } };
    expect(output.unsupported).toEqual([]);
    expect(output.removed.map((claim) => claim.text)).toEqual(['Kubernetes']);
    expect(output.resume.experience[0]?.highlights).not.toContain('Ran Apache Spark jobs on Kubernetes');
  });

  it('fails clearly without a generator (2), with a half-named one (2), and with a missing GGUF file (1)', async () => {
    const base = ['tailor', '--resume', join(directory, 'resume.json'), '--job', join(directory, 'job.json')];
    const none = await run(base);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^rolefit: tailor needs a text generator: --gguf FILE .* or --openai-url URL --model NAME/);
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
