/** Where an occupation comes from. */
export type OccupationSource = 'esco' | 'onet';

/** One occupation of ESCO v1.2 or O*NET, with the codes that place it in a classification. */
export interface Occupation {
  /** Position in {@link OccupationKnowledge.occupations}; stable for one data file. */
  readonly id: number;
  /** Preferred label (ESCO) or title (O*NET). */
  readonly label: string;
  /** Other names: ESCO alternative and hidden labels, O*NET alternate titles (at most six words each). */
  readonly altLabels: readonly string[];
  /** ISCO-08 unit group (four digits): ESCO's own, or for O*NET the group of the ESCO occupations linked to it. */
  readonly iscoGroup: string | undefined;
  /** O*NET-SOC code ("15-1252.00"): O*NET's own, or for ESCO the O*NET occupation whose titles share most labels. */
  readonly socCode: string | undefined;
  readonly source: OccupationSource;
}

/** One occupation found in a text. */
export interface OccupationMatch {
  readonly occupation: Occupation;
  /** Evidence weight, > 0; larger is stronger. Not bounded: compare within one text. */
  readonly score: number;
  /** The label or alternate label that matched best, as written in the data. */
  readonly label: string;
}

/** A piece of text with a weight, for {@link OccupationKnowledge.findOccupations}: title lines weigh more than prose. */
export interface WeightedText {
  readonly text: string;
  /** Weight > 0 (default 1). */
  readonly weight?: number | undefined;
  /** The text is a title (a job title, a desired title): one-word labels count fully and a label that is the whole text counts more. */
  readonly title?: boolean | undefined;
}

/** Options for {@link OccupationKnowledge.findOccupations}. */
export interface FindOccupationsOptions {
  /** Most matches returned, best first (default 10). */
  readonly limit?: number | undefined;
}

/** How a related skill relates to the one asked about. */
export type SkillRelation =
  /** ESCO lists it as essential to the skill. */
  | 'essential'
  /** ESCO lists it as optional to the skill. */
  | 'optional'
  /** ESCO's broader concept of the skill ("computer programming" for "Haskell"). */
  | 'broader'
  /** A narrower concept in ESCO. */
  | 'narrower'
  /** Shares a broader concept in ESCO. */
  | 'sibling'
  /** Same O*NET technology class and used by the same occupations. */
  | 'same-class';

/** A skill related to another, with how strongly. */
export interface RelatedSkill {
  /** Canonical name: the built-in taxonomy's name when it knows the skill, else the ESCO or O*NET label. */
  readonly skill: string;
  /** In (0, 1]: how much knowing one says about the other. */
  readonly strength: number;
  readonly relation: SkillRelation;
}

/** Options for {@link OccupationKnowledge.relatedSkills}. */
export interface RelatedSkillsOptions {
  /** Most skills returned, strongest first (default 20). */
  readonly limit?: number | undefined;
  /** Weakest strength kept (default 0). */
  readonly minStrength?: number | undefined;
}

/** ESCO and O*NET occupation and skill knowledge, with lookups. Built once by {@link loadOccupationKnowledge}. */
export interface OccupationKnowledge {
  /** Every occupation: ESCO's first, then O*NET's. */
  readonly occupations: readonly Occupation[];
  /** Number of distinct canonical skills the data knows. */
  readonly skillCount: number;
  /** Occupations named in text, best first: by labels and alternate labels, in time linear in the text. */
  findOccupations(text: string | readonly WeightedText[], options?: FindOccupationsOptions): OccupationMatch[];
  /** How close two occupations are: 1 same, 0.9 same O*NET occupation, 0.75 same ISCO unit group, 0.5 minor group, 0.3 sub-major, 0.1 major, else 0. */
  proximity(left: Occupation, right: Occupation): number;
  /** Label of an ISCO-08 group (1 to 4 digits), or undefined. */
  iscoGroupLabel(code: string): string | undefined;
  /** Canonical names of the occupation's technology skills (O*NET), most important first. */
  skillsOf(occupation: Occupation): readonly string[];
  /** The canonical name of an ESCO or O*NET skill label, alternate label or taxonomy name, or undefined when unknown. */
  canonicalSkill(term: string): string | undefined;
  /** Canonical names of the ESCO and O*NET skills named in text (labels of two or more words, or distinctive one-word names), each once. */
  findSkills(text: string): string[];
  /** Skills related to a skill (canonical name, label or alias), strongest first; empty when unknown. */
  relatedSkills(skill: string, options?: RelatedSkillsOptions): RelatedSkill[];
}
