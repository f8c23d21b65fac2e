export { splitSections, type ResumeSection } from './split-sections.js';
export { classifyHeading, type ResumeSectionKind } from './headings.js';
