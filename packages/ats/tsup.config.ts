import { packageConfig } from '../../tsup.base';

// `@rolefit/ats/resume` (src/resume.ts) is resume parsing by name; its shared chunks sit next to the worker too.
// `@rolefit/ats/read` (src/read.ts) reads a résumé file and hands it to the worker without loading the parser.
// extract-worker is started as a worker thread (PDF and DOCX reading under time and memory limits); it must sit next to index.js.
// docx is bundled (a dev dependency): its own dist already inlines nanoid and fflate, but its package.json still depends on
// nanoid@6, which asks for Node >= 22 and made every install of @rolefit/ats warn on Node 20. THIRD-PARTY-NOTICES.md carries its licence.
export default packageConfig(
  {
    index: 'src/index.ts',
    resume: 'src/resume.ts',
    read: 'src/read.ts',
    'extract-worker': 'src/parse/extract-worker.ts',
  },
  { noExternal: ['docx'] },
);
