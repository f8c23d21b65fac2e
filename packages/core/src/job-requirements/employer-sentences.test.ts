import { describe, expect, it } from 'vitest';
import { companyFirstWord, companyOpening, employerSentenceSpans, modifiesThing } from './employer-sentences.js';
import { readJobRequirements } from './read.js';

const sentences = (text: string, company?: string) =>
  employerSentenceSpans(text, company).map(([start, end]) => text.slice(start, end).trim());

describe('employerSentenceSpans', () => {
  it('finds sentences whose subject is the employer and that ask nothing of the candidate', () => {
    const text = [
      'We provide modern AI tools for lead generation.',
      'Our client provides cutting-edge cybersecurity technologies.',
      'At Digital Turbine, we make mobile advertising experiences more rewarding.',
      'R-Dent Dental Laboratory is the largest privately-owned dental lab in Tennessee.',
      'The Group is comprised of fifty companies and manages the procurement of coffee.',
      'Acme is an equal opportunity employer committed to diversity and inclusion.',
    ].join('\n');
    expect(sentences(text)).toHaveLength(6);
  });

  it('finds notes on the hiring process itself', () => {
    const text = [
      'If you have a disability and need a workplace accommodation during the interview or onboarding process, please visit our page.',
      "If the country you're applying in isn't listed, please contact your Recruiting Partner.",
      'The Office of Personnel Management has authorized this recruitment to women only.',
    ].join('\n');
    expect(sentences(text)).toHaveLength(3);
    // A recruiter's duties are no such note.
    expect(sentences('Manage the recruitment of nurses and the onboarding of new hires.')).toHaveLength(0);
  });

  it('keeps sentences that ask something of the candidate, whoever their subject is', () => {
    const text = [
      'We are looking for a Java developer with Spring experience.',
      'Our ideal candidate knows SQL.',
      'We are hiring a nurse with BLS certification.',
      'Python is a must.',
      'Docker is a plus.',
      'Kubernetes is an advantage.',
      'Experience with Kubernetes is a plus.',
      'This role is a great fit for a data analyst.',
      'You will use Excel every day.',
    ].join('\n');
    expect(sentences(text)).toEqual([]);
  });

  it("reads the company's own name as the subject", () => {
    expect(sentences('Massimo roasts coffee for the foodservice trade.', 'Massimo Zanetti Beverage USA')).toHaveLength(
      1,
    );
    expect(sentences('Massimo roasts coffee for the foodservice trade.')).toHaveLength(0);
  });

  it("reads award statements and the employer's own search for better ways as the employer's", () => {
    const text = [
      'Award winner of KSA Recruitment Company of the Year.',
      "We're founded on 150 years of market leadership, and we're always looking for new and better ways to perform.",
    ].join('\n');
    expect(sentences(text)).toHaveLength(2);
    expect(sentences("We're looking for an engineer with leadership experience.")).toEqual([]);
  });

  it("reads what the job offers, the notice to agencies and a sentence set at the employer as the employer's", () => {
    const offer =
      'An internship at ThousandEyes will give you exposure to technologies such as Apache Spark, Kafka and Docker.';
    expect(sentences(offer)).toEqual(['give you exposure to technologies such as Apache Spark, Kafka and Docker.']);
    // Only from the offer on: a skill asked before it in the same sentence still counts.
    expect(sentences('Experience with Python is required, and you will gain exposure to Kubernetes.')).toEqual([
      'gain exposure to Kubernetes.',
    ]);
    expect(sentences("You'll learn Terraform from our platform team.")).toHaveLength(1);
    // A requirement that names exposure is asked, not offered.
    expect(sentences('Exposure to Web3 tools such as Hardhat and Truffle.')).toEqual([]);
    expect(sentences('You will have exposure to production systems and must know Linux.')).toEqual([]);
    const agencies = [
      '**To all Staffing and Recruiting Agencies** : Our Careers Site is only for individuals seeking a job at Acme.',
      'Agencies are not authorized to submit profiles, and any such submissions will be considered unsolicited.',
    ].join('\n');
    expect(sentences(agencies)).toHaveLength(2);
    const atEmployer =
      'At Apple, new ideas become excellent products, services, and customer experiences very quickly.';
    expect(sentences(atEmployer, 'Apple')).toHaveLength(1);
    expect(sentences(atEmployer)).toHaveLength(0);
    expect(sentences('At Apple, you will design chips with Verilog.', 'Apple')).toEqual([]);
  });

  it("reads the visa conditions of the hire as the employer's", () => {
    const visa =
      'Caterpillar is not currently hiring individuals who now or in the future require sponsorship for employment visa status.';
    expect(sentences(visa)).toHaveLength(1);
    expect(sentences('Visa sponsorship is not available for this role.')).toHaveLength(1);
    // A fundraiser's sponsorships are a skill.
    expect(sentences('You must have experience securing corporate sponsorships.')).toEqual([]);
  });

  it('is linear on a long text without sentence ends', () => {
    expect(() => employerSentenceSpans(`We ${'a'.repeat(200_000)}`)).not.toThrow();
  });
});

describe('modifiesThing', () => {
  it('is true for a skill used as the kind of client, market or company', () => {
    const text = 'assist our cybersecurity client to break into the cybersecurity market';
    expect(modifiesThing(text, text.indexOf('cybersecurity') + 'cybersecurity'.length)).toBe(true);
    expect(modifiesThing('a recruitment company', 'a recruitment'.length)).toBe(true);
    expect(modifiesThing('experience in cybersecurity and networking', 'experience in cybersecurity'.length)).toBe(
      false,
    );
  });
});

describe('readJobRequirements and what the job offers', () => {
  it('reads no skill from the technologies an internship exposes one to, and keeps those asked', () => {
    const read = readJobRequirements({
      title: 'Data Engineer Intern',
      company: 'ThousandEyes',
      skills: [],
      description:
        'An internship at ThousandEyes will give you exposure to cutting edge technologies used in big data such as Apache Spark, Kafka, MongoDB, Docker and Airflow.\n\nRequired Skills\nExperience with Python and SQL',
    });
    const names = read.requiredSkills.map((skill) => skill.skill.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['python', 'sql']));
    for (const offered of ['apache spark', 'apache kafka', 'mongodb', 'docker', 'apache airflow', 'big data'])
      expect(names).not.toContain(offered);
  });
});

describe('readJobRequirements and the employer', () => {
  it("does not read the employer's business as a skill asked, but reads the skills asked next to it", () => {
    const read = readJobRequirements({
      title: 'Sales Development Representative',
      company: 'Scail',
      skills: [],
      description:
        'Scail is a startup that uses machine learning for lead generation.\nOur client provides cybersecurity products.\n\nQualifications\nExperience with Salesforce and cold calling.',
    });
    const names = read.requiredSkills.map((skill) => skill.skill.toLowerCase());
    expect(names).toContain('salesforce');
    expect(names).not.toContain('machine learning');
    expect(names).not.toContain('cybersecurity');
  });
});

describe('companyOpening', () => {
  // The regex it stands for, compiled per company as it was before (about 0.5 ms each under /iu).
  const reference = (first: string) =>
    new RegExp(
      `^[\\s>*•·\\-–—#_"'“(]*(?:(?:here\\s+)?at\\s+)?(?:the\\s+)?${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'iu',
    );
  const companies = [
    'Acme Corp',
    'Atlas Inc',
    'Theory LLC',
    'Here Technologies',
    'K.Kelvin & Co',
    'Skoda Auto',
    'Ab-Tech',
  ];
  const openings = [
    'Acme is the largest coffee company.',
    'acme builds tools',
    'ACME, Inc. is hiring',
    'Acmex is a different company',
    "Acme's team",
    'At Acme, we build',
    'Here at Acme we',
    'here  at   the Acme group',
    'The Acme group',
    'the  Acme',
    'At the Acme',
    'At  Atlas, maps',
    'Atlas is a map maker',
    'At Atlasx',
    'The Theory is',
    'Theory is',
    'Theoryx is',
    'Here Technologies is',
    'At Here, we',
    'Here at Here, we',
    '  • "(Acme) is',
    '- – — # _ Acme',
    'K.Kelvin builds',
    '\u212A.\u212Aelvin builds',
    'Acme\u0345 is',
    'Acme\u{1d400}',
    'Acme1 is',
    '\u017Fkoda is',
    'Ab-Tech is',
    'Ab-Techs are',
    'We are Acme',
    'At last, Acme',
    '',
  ];
  it('answers as the per-company regex did, for every opening, including case folds and letters after the name', () => {
    let matched = 0;
    for (const company of companies) {
      const opening = companyOpening(company);
      const first = /^[\p{L}\p{N}][\p{L}\p{N}&'’.-]{2,}/u.exec(company)?.[0] as string;
      for (const sentence of openings) {
        const expected = reference(first).test(sentence);
        if (expected) matched++;
        expect([company, sentence, opening?.test(sentence)]).toEqual([company, sentence, expected]);
      }
    }
    // The battery holds matches and misses for several companies.
    expect(matched).toBeGreaterThan(15);
  });
  it('has no opening for a name without a usable first word', () => {
    expect(companyOpening('The Group')).toBeUndefined();
    expect(companyOpening('Ab')).toBeUndefined();
    expect(companyOpening(undefined)).toBeUndefined();
  });
});

describe('companyFirstWord', () => {
  it("gives the name's first word as written, none when it is too short or too common", () => {
    expect(companyFirstWord('Massimo Zanetti Beverage USA')).toBe('Massimo');
    expect(companyFirstWord("AT&T's Labs")).toBe("AT&T's");
    expect(companyFirstWord('3M Company')).toBeUndefined();
    expect(companyFirstWord('CONFIDENTIAL')).toBeUndefined();
    expect(companyFirstWord('The Group')).toBeUndefined();
    expect(companyFirstWord(' Acme')).toBeUndefined();
  });
});
