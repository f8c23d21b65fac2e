import type { SkillDefinition } from '../types.js';
import { businessSkills } from './business.js';
import { certificationSkills } from './certifications.js';
import { dataAndCloudSkills } from './data-and-cloud.js';
import { healthcareSkills } from './healthcare.js';
import { itAndDesignSkills } from './it-and-design.js';
import { peopleSkills } from './people.js';
import { servicesSkills } from './services.js';
import { softwareSkills } from './software.js';
import { tradesSkills } from './trades.js';

/** Every built-in skill definition, grouped by domain. */
export const allSkillDefinitions: readonly SkillDefinition[] = [
  ...softwareSkills,
  ...dataAndCloudSkills,
  ...itAndDesignSkills,
  ...businessSkills,
  ...healthcareSkills,
  ...tradesSkills,
  ...servicesSkills,
  ...peopleSkills,
  ...certificationSkills,
];
