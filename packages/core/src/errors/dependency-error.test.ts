import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideUrl, MODELS_GUIDE } from './dependency-error.js';
import { ModelFilesError, OptionalDependencyError } from './index.js';

describe('guideUrl', () => {
  it("is the guide's page in the repository the packages name, for a guide that exists", () => {
    // An app that installed the packages has their READMEs, not docs/guides: errors point to the guide's web page.
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      repository: { url: string };
    };
    const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(guideUrl('notifications.md')).toBe(`${repository}/blob/main/docs/guides/notifications.md`);
    for (const url of [MODELS_GUIDE, guideUrl('notifications.md')]) {
      const file = url.slice(`${repository}/blob/main/`.length);
      expect(existsSync(new URL(`../../../../${file}`, import.meta.url)), file).toBe(true);
    }
  });
});

describe('OptionalDependencyError', () => {
  it('says "not installed" for a package the loader cannot find, through wrapping causes', async () => {
    const notFound = await import('rolefit-no-such-package' as string).catch((error: unknown) => error);
    const wrapped = new Error('a bundler could not load a module', { cause: notFound });
    for (const cause of [notFound, wrapped]) {
      const error = new OptionalDependencyError('rolefit-no-such-package', 'This feature', { cause });
      expect(error.message).toBe(
        'This feature needs the optional package rolefit-no-such-package, which is not installed. Install it: npm install rolefit-no-such-package. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
      );
      expect(error.installCommand).toBe('npm install rolefit-no-such-package');
    }
  });

  it('says "failed to load" with the reason for a package that is there but broken', () => {
    const error = new OptionalDependencyError('onnxruntime-node', 'The ranker', {
      cause: new Error('libonnxruntime.so.1: cannot open shared object file'),
      installCommand: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node',
    });
    expect(error.message).toBe(
      'The ranker needs the optional package onnxruntime-node, which is installed but failed to load (libonnxruntime.so.1: cannot open shared object file). Reinstall it: ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
    );
  });

  it('points to the guide it is given (a mail or search client is not a model runtime)', () => {
    const error = new OptionalDependencyError('nodemailer', 'The e-mail digest notifier', {
      guide: 'docs/guides/notifications.md',
    });
    expect(error.message).toBe(
      'The e-mail digest notifier needs the optional package nodemailer, which is not installed. Install it: npm install nodemailer. See docs/guides/notifications.md.',
    );
  });

  it('matches any error with its code (a package-specific error class), and subclasses by prototype', () => {
    class GeneratorFailure extends Error {
      readonly code = 'ROLEFIT_OPTIONAL_DEPENDENCY';
    }
    class Narrower extends OptionalDependencyError {}
    expect(new GeneratorFailure('x')).toBeInstanceOf(OptionalDependencyError);
    expect(new Error('x')).not.toBeInstanceOf(OptionalDependencyError);
    expect(new OptionalDependencyError('p', 'f')).not.toBeInstanceOf(Narrower);
    expect(new Narrower('p', 'f')).toBeInstanceOf(OptionalDependencyError);
    expect(new OptionalDependencyError('p', 'f')).toBeInstanceOf(Error);
  });
});

describe('ModelFilesError', () => {
  it('names the path, the files expected, the missing ones and how to get them', () => {
    const error = new ModelFilesError({
      what: 'embedding model',
      path: '/models/x',
      expectedFiles: ['config.json', 'onnx/model.onnx'],
      missingFiles: ['onnx/model.onnx'],
      howToGet: 'Download it.',
    });
    expect(error.message).toBe(
      'No usable embedding model at /models/x: missing onnx/model.onnx. Expected: config.json, onnx/model.onnx. Download it. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
    );
    expect([error.name, error.code, error.path]).toEqual(['ModelFilesError', 'ROLEFIT_MODEL_FILES', '/models/x']);
    expect(Object.assign(new Error('y'), { code: 'ROLEFIT_MODEL_FILES' })).toBeInstanceOf(ModelFilesError);
    expect(error).not.toBeInstanceOf(OptionalDependencyError);
  });
});
