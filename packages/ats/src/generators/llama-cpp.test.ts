import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobSchema, loadLlamaModel, ModelFilesError, resumeSchema, type LoadedLlamaModel } from '@rolefit/core';
import type { Token } from 'node-llama-cpp';
import { writeRandomLlamaGguf } from '@rolefit/dev-tools';
import { afterAll, describe, expect, it } from 'vitest';
import { tailorResume } from '../tailor/index.js';
import { checkTruthfulness } from '../truthfulness/index.js';
import { createLlamaCppGenerator, ModelFileNotFoundError } from './index.js';
import { fitChatMessages } from './llama-cpp.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const modelPath = join(
  process.env.ROLEFIT_MODELS ?? join(repositoryRoot, '..', 'shared', 'models'),
  'stories260K',
  'stories260K.gguf',
);
// stories260K is a real llama-architecture GGUF (1.2 MB) but not instruction-tuned and without a chat template:
// it proves the mechanism (loading, plain completion, determinism, token limits), not the quality of a tailored resume.
// The tests skip where the shared model folder is not present.
const haveModel = existsSync(modelPath);

const generator = createLlamaCppGenerator({ model: modelPath, gpu: false, threads: 1, contextSize: 512 });
afterAll(async () => {
  await generator.dispose();
});

describe('createLlamaCppGenerator', () => {
  it('names the missing file in a typed error', async () => {
    const missing = createLlamaCppGenerator({ model: '/nonexistent/model.gguf', gpu: false });
    const error = await missing.generate('hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelFileNotFoundError);
    expect((error as ModelFileNotFoundError).path).toBe('/nonexistent/model.gguf');
    expect((error as Error).message).toContain('/nonexistent/model.gguf');
    await missing.dispose();
  });

  it('refuses a file that is not GGUF before llama.cpp reads it, as a ModelFilesError too', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rolefit-gguf-'));
    const file = join(directory, 'model.gguf');
    // What a Git LFS checkout without the LFS files leaves behind.
    writeFileSync(file, 'version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 1\n');
    const notGguf = createLlamaCppGenerator({ model: file, gpu: false });
    const error = await notGguf.generate('hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelFileNotFoundError);
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toBe(
      `No usable GGUF model file at ${file}: it is not a GGUF file (it starts with "vers", not "GGUF"). Expected: a GGUF file (starts with the bytes "GGUF"). Download one (e.g. Qwen2.5-0.5B-Instruct Q4_K_M in GGUF from Hugging Face) and pass its path as model; models are never downloaded for you. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.`,
    );
    await notGguf.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it.skipIf(!haveModel)('continues "Once upon a time" greedily and repeatably with plain completion', async () => {
    expect(await generator.usesChatTemplate()).toBe(false);
    const first = await generator.generate('Once upon a time', { maxTokens: 24, temperature: 0 });
    const second = await generator.generate('Once upon a time', { maxTokens: 24, temperature: 0 });
    expect(first).toBe(second);
    expect(first.startsWith(', there was a little girl named Lily')).toBe(true);
  });

  it.skipIf(!haveModel)('respects maxTokens and stop texts', async () => {
    const short = await generator.generate('Once upon a time', { maxTokens: 3, temperature: 0 });
    const long = await generator.generate('Once upon a time', { maxTokens: 30, temperature: 0 });
    expect(short.length).toBeGreaterThan(0);
    expect(long.startsWith(short)).toBe(true);
    expect(long.length).toBeGreaterThan(short.length);
    const stopped = await generator.generate('Once upon a time', { maxTokens: 30, temperature: 0, stop: ['Lily'] });
    // Plain completion trims trailing whitespace from the answer.
    expect(stopped).toBe(', there was a little girl named');
  });

  it.skipIf(!haveModel)('completes a prompt too long for its context from the end it keeps', async () => {
    // 120,000 characters without a space: llama.cpp's tokenizer is quadratic on such a run (430,000 took over 90 s),
    // so only the end the 512-token context keeps is tokenised; the answer is the one for that end alone.
    const tail = ' Once upon a time';
    const long = await generator.generate(`${'データ'.repeat(40_000)}${tail}`, { maxTokens: 12, temperature: 0 });
    const short = await generator.generate(`${'データ'.repeat(2_000)}${tail}`, { maxTokens: 12, temperature: 0 });
    expect(long).toBe(short);
  });

  it.skipIf(!haveModel)('runs tailorResume end to end, falling back and flagging whatever came out', async () => {
    const resume = resumeSchema.parse({
      id: 'jane',
      summary: 'Data engineer who builds pipelines.',
      skills: ['Python', 'SQL'],
      experience: [
        {
          title: 'Data Engineer',
          company: 'Acme Corp',
          start: '2019-03',
          end: null,
          highlights: ['Cut pipeline costs by 30%'],
        },
      ],
    });
    const job = jobSchema.parse({
      id: 'sample:1',
      source: 'sample',
      title: 'Data Engineer',
      skills: ['Python'],
      description: 'Build pipelines.',
    });
    for (const mode of ['flag', 'remove-unsupported'] as const) {
      const result = await tailorResume({ resume, job, generator, mode, maxTokens: 96 });
      expect(result.generatedText.length).toBeGreaterThan(0);
      expect(resumeSchema.safeParse(result.resume).success).toBe(true);
      const direct = checkTruthfulness(result.generatedText, resume);
      for (const claim of direct.claims) expect(result.generatedText.slice(claim.start, claim.end)).toBe(claim.text);
      if (mode === 'remove-unsupported') {
        expect(result.unsupported).toEqual([]);
        expect(checkTruthfulness(result.resume, resume).unsupported).toEqual([]);
      }
    }
  });
});

// ChatML, the template of Qwen and others, as Jinja: what a chat model's GGUF carries as tokenizer.chat_template.
const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

describe.skipIf(!haveModel)('fitChatMessages with the stories260K tokenizer', () => {
  // The real tokenizer of stories260K (a llama SentencePiece vocabulary of 512), through node-llama-cpp.
  let model: LoadedLlamaModel<typeof import('node-llama-cpp')>;
  const tokenizer = {
    tokenize: (text: string) => model.model.tokenize(text),
    detokenize: (tokens: readonly Token[]) => model.model.detokenize(tokens),
  };
  const count = (text: string) => model.model.tokenize(text).length;
  afterAll(async () => model?.dispose());

  it('leaves messages that fit as they are', async () => {
    model = await loadLlamaModel(await import('node-llama-cpp'), modelPath, { gpu: false });
    const messages = [
      { role: 'system', content: 'Answer in one line.' },
      { role: 'user', content: 'Once upon a time' },
      { role: 'assistant', content: 'there was a cat.' },
      { role: 'user', content: 'What was its name?' },
    ] as const;
    expect(fitChatMessages(messages, 400, tokenizer)).toEqual(messages);
  });

  it('keeps the system message and the end of a user message too long for the context, in the room it was given', () => {
    // 400,000 characters without a space: whole, llama.cpp's tokenizer is quadratic on it (430,000 took over 90 s).
    const question = `${'データ'.repeat(133_333)} Once upon a time`;
    const system = 'Answer in one line.';
    const fitted = fitChatMessages(
      [
        { role: 'system', content: system },
        { role: 'user', content: 'An earlier question.' },
        { role: 'assistant', content: 'An earlier answer.' },
        { role: 'user', content: question },
      ],
      200,
      tokenizer,
    );
    // Nothing left for the earlier turns: 16 tokens are set aside per message for the template.
    expect(fitted.map((message) => message.role)).toEqual(['system', 'user']);
    expect(fitted[0]!.content).toBe(system);
    const kept = fitted[1]!.content;
    expect(kept.endsWith('データ Once upon a time')).toBe(true);
    expect(question.endsWith(kept.slice(1))).toBe(true);
    // The text of the kept tokens tokenises again into a few more where it was cut (a leading space, a split character):
    // the generator sets 32 tokens aside for that and the template's own.
    expect(count(system) + 16 + count(kept) + 16).toBeLessThanOrEqual(200 + 4);
    expect(count(kept)).toBeGreaterThan(150);
  });

  it('gives system messages at most half of the room, and keeps the question even when nothing of it fits', () => {
    const system = 'Be brief. '.repeat(5_000);
    const fitted = fitChatMessages(
      [
        { role: 'system', content: system },
        { role: 'user', content: 'Once upon a time'.repeat(1_000) },
      ],
      300,
      tokenizer,
    );
    expect(fitted.map((message) => message.role)).toEqual(['system', 'user']);
    expect(count(fitted[0]!.content)).toBeLessThanOrEqual(150 - 16 + 1);
    expect(count(fitted[1]!.content)).toBeGreaterThan(100);
    expect(fitChatMessages([{ role: 'user', content: 'Once upon a time' }], 10, tokenizer)).toEqual([
      { role: 'user', content: '' },
    ]);
  });
});

describe.skipIf(!haveModel)('createLlamaCppGenerator with a chat template (random weights)', () => {
  // stories260K has no chat template: this is a llama of random weights with its tokenizer and a ChatML template,
  // written by the dev tools, so the chat path (LlamaChatSession) runs for real. Its answers are noise, but repeatable.
  let chat: ReturnType<typeof createLlamaCppGenerator> | undefined;
  let directory: string | undefined;
  afterAll(async () => {
    await chat?.dispose();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('completes a chat too long for its context from the end it keeps', async () => {
    directory = mkdtempSync(join(tmpdir(), 'rolefit-chat-llama-'));
    const written = await writeRandomLlamaGguf({ directory, shape: 'tiny', seed: 5, chatTemplate: CHATML_TEMPLATE });
    chat = createLlamaCppGenerator({ model: written.path, gpu: false, threads: 1, contextSize: 512 });
    expect(await chat.usesChatTemplate()).toBe(true);
    const ask = (repeats: number) =>
      chat!.generate(
        [
          { role: 'system', content: 'Answer in one line.' },
          { role: 'user', content: `${'データ'.repeat(repeats)} Once upon a time` },
        ],
        { maxTokens: 8, temperature: 0 },
      );
    // 120,000 characters without a space, then the question: only the end the context keeps reaches the session.
    const long = await ask(40_000);
    expect(long).toBe(await ask(2_000));
  });
});
