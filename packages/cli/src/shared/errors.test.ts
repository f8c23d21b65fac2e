import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OptionalDependencyError, ValidationError } from '@rolefit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInstallKind, failureHints, installHint } from './errors.js';

// Folders laid out as npm leaves them: a global prefix's lib/ (no package.json), a project, and npx's cache.
const root = mkdtempSync(join(tmpdir(), 'rolefit-install-kind-'));
const globalModule = join(root, 'global', 'lib', 'node_modules', '@rolefit', 'cli', 'dist');
const projectModule = join(root, 'project', 'node_modules', '@rolefit', 'cli', 'dist');
const npxModule = join(root, '.npm', '_npx', '0a1b2c3d', 'node_modules', '@rolefit', 'cli', 'dist');
for (const folder of [globalModule, projectModule, npxModule]) mkdirSync(folder, { recursive: true });
writeFileSync(join(root, 'project', 'package.json'), '{}');
writeFileSync(join(root, '.npm', '_npx', '0a1b2c3d', 'package.json'), '{}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const missingTesseract = new OptionalDependencyError('tesseract.js', 'OCR of scanned resumes');

describe('cliInstallKind', () => {
  it('tells a global install, an npx run and a project install apart by the module path', () => {
    expect(cliInstallKind(globalModule)).toBe('global');
    expect(cliInstallKind(projectModule)).toBe('project');
    expect(cliInstallKind(npxModule)).toBe('npx');
    // A checkout of the repository, and pnpm's store, are projects.
    expect(cliInstallKind(join(root, 'rolefit', 'packages', 'cli', 'dist'))).toBe('project');
    expect(
      cliInstallKind(join(root, 'app', 'node_modules', '.pnpm', 'x', 'node_modules', '@rolefit', 'cli', 'dist')),
    ).toBe('project');
  });
});

describe('installHint', () => {
  it('tells a global rolefit to install the missing package globally', () => {
    expect(installHint(missingTesseract, globalModule)).toBe(
      ' (this rolefit is installed globally, so install tesseract.js globally too: npm install --global tesseract.js)',
    );
    // The package's own install command, made global (an environment variable before it is kept).
    const withVariable = new OptionalDependencyError('@huggingface/transformers', 'The embedder', {
      installCommand: 'ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface/transformers',
    });
    expect(installHint(withVariable, globalModule)).toContain(
      'ONNXRUNTIME_NODE_INSTALL=skip npm install --global @huggingface/transformers)',
    );
  });

  it('tells an npx rolefit to name the package with -p, and adds nothing in a project', () => {
    expect(installHint(missingTesseract, npxModule)).toBe(
      ' (this rolefit runs through npx, which does not see packages installed elsewhere: npx -p @rolefit/cli -p tesseract.js rolefit ...)',
    );
    expect(installHint(missingTesseract, projectModule)).toBe('');
  });

  it('adds nothing for other errors', () => {
    expect(installHint(new ValidationError('Bad', []), globalModule)).toBe('');
    expect(installHint(new Error('ROLEFIT_OPTIONAL_DEPENDENCY'), globalModule)).toBe('');
    expect(installHint('tesseract.js', globalModule)).toBe('');
    // In the repository (the tests' own modules) the CLI is a project's.
    expect(failureHints(missingTesseract)).toBe('');
  });
});
