import {
  contactSchema,
  findDegreeMentions,
  GENERAL_ROLE_NOUNS,
  MAX_LIST_LENGTH,
  ROLE_NOUNS,
  SENIORITY_WORDS,
  extractSkills,
  getDefaultSkillTaxonomy,
  type Contact,
  type ExperienceEntry,
  type SkillMention,
} from '@rolefit/core';
import { checkTextArgument, isPlaceName, isTownNamePrefix, misspeltRoleNoun } from '@rolefit/core/internal';
import { classifyHeading, splitSections, type ResumeSection } from '../sections/index.js';
import { isCompanyWord, isTitleWord, parseExperienceSection, titleScore } from '../parse/experience.js';
import { ORGANISATION_NAME_WORDS_ABROAD } from '../parse/organisation-words.js';
import { cleanHeading, isPersonalDetailsHeading, isReferencesHeading, unspaceLetters } from '../sections/headings.js';
import { isRegionOrCountry, STREET_WITH_NUMBER, STREET_WORDS, STREET_WORDS_ABROAD } from './places.js';

interface Span {
  value: string;
  start: number;
  end: number;
}

// ASCII only, like the e-mail check in core's contactSchema. The e-mails are the matches of
// /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/g, found from each "@"
// (see emailMatches): EMAIL_AT matches there, its lookbehind taking the whole run of the local part's characters before it.
const EMAIL_AT = /(?<=(?<![A-Za-z0-9._%+'-])([A-Za-z0-9._%+'-]+))@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/y;
const URL_CHARACTERS = String.raw`[^\s<>"'\u0060()\[\]{}]`;
const HTTP_URL = new RegExp(String.raw`\bhttps?://${URL_CHARACTERS}+`, 'gi');
// Profile links people write without a scheme.
const BARE_PROFILE = new RegExp(
  String.raw`(?<![\w@./:-])(?:www\.)?(?:linkedin\.com/(?:in|pub|company)/|github\.com/|gitlab\.com/|bitbucket\.org/|indeed\.com/r/|stackoverflow\.com/users/|behance\.net/|dribbble\.com/|medium\.com/|kaggle\.com/|hh\.ru/resume/)${URL_CHARACTERS}+`,
  'gi',
);
const BARE_WWW = new RegExp(String.raw`(?<![\w@./:-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/${URL_CHARACTERS}*)?`, 'gi');
// Sites whose pages are people's profiles or their own sites (host and path, without "www."): a link to one is the
// person's wherever the résumé writes it.
const PROFILE_SITE =
  /^(?:(?:linkedin\.com\/(?:in|pub)|github\.com|gitlab\.com|bitbucket\.org|indeed\.com\/r|stackoverflow\.com\/users|behance\.net|dribbble\.com|medium\.com|kaggle\.com|hh\.ru\/resume|twitter\.com|x\.com|plus\.google\.com|about\.me|orcid\.org|researchgate\.net\/profile|scholar\.google\.[a-z.]+\/citations|angel\.co|wellfound\.com)\/[^/]|[^/]+\.(?:github\.io|gitlab\.io|wordpress\.com|blogspot\.[a-z.]+|wixsite\.com|wix\.com|medium\.com|substack\.com|netlify\.app|vercel\.app|carrd\.co)(?:\/|$))/i;
// Words that label a link as the person's own, alone before it on its line ("Portfolio: …", "MSDN Blog - …",
// "I blog at …") or alone on the line above it.
const OWN_LINK_LABEL =
  /(?:^|[^\p{L}])(?:portfolio|web ?site|homepage|home page|blog|links|profile|site|url|linkedin|github|twitter|for more)(?:\s+(?:at|on))?[\s:\-–—]*$/iu;
const MAX_LINK_LABEL_WORDS = 4;
// The person's own words right before a link, anywhere on its line ("See my work at …", "my blog: …", "find me on …"):
// a summary's sentence that points at their own site, which is on no profile host.
const OWN_WORDS_BEFORE_LINK =
  /(?:^|[^\p{L}])(?:my\s+(?:[\p{L}-]+\s+){0,2}?(?:work|portfolio|web ?site|site|homepage|home page|blog|page|projects?|writing|code)|(?:find|reach|visit|follow)\s+me)(?:\s+(?:is|are|at|on|here))*[\s:\-–—(]*$/iu;
// Headings of sections that hold contact details ("Links", "Contact information"; personal details apart).
const CONTACT_HEADING = /^(?:links|contacts?(?: (?:information|details))?|контакты)$/;
// A link is in the résumé's contact block when it is before the first heading and on one of its first lines.
const CONTACT_BLOCK_LINES = 10;

// A profile link whose PDF text has spaces around its dots and slashes ("linkedin. com/in/jane", "github.com/ jdoe"):
// only these sites' names, and only where a space is there (the patterns above read the rest).
const SPACED_PROFILE = new RegExp(
  String.raw`(?<![\w@./:-])(?:www\.\s?)?(?:linkedin\s?\.\s?com\s?/\s?(?:in|pub)|github\s?\.\s?com|gitlab\s?\.\s?com|behance\s?\.\s?net|dribbble\s?\.\s?com)\s?/\s?[\w-]${URL_CHARACTERS}*`,
  'gi',
);
// The site names SPACED_PROFILE reads, as a quick test of whether a text may hold one.
const SPACED_PROFILE_SITE = /linkedin|github|gitlab|behance|dribbble/i;
// A link broken across lines by a PDF converter: "indeed.com/r/Jane-\nDoe/1e7d03…" (the rest alone on the next line).
const WRAPPED_REST = /[ \t]*\r?\n[ \t]*([\w\-./?=&%#~+]+)[ \t]*(?=\r?\n|$)/y;
// A profile's name cut at a hyphen or right after the site's path ("linkedin.com/in/jane-\ndoe",
// "linkedin.com/in/\njane-doe"): the rest, in lower case, is the name's, not a heading's.
const PROFILE_NAME_CUT = /(?:^|\/\/|\.)(?:linkedin\.com\/(?:in|pub)\/|github\.com\/|gitlab\.com\/)(?:[\w-]*-)?$/i;
const LOWER_CASE_NAME_REST = /^[a-z0-9][a-z0-9-]*\/?$/;

// Digits with at most a few separators between them, no letters glued on ("STIMP-10879339-20-CW" is an
// announcement's number); validated further in isPhone().
const PHONE =
  /(?<![\w+#/.]|\d-)(?:\+[ \t]?)?(?:\([ \t]?\d{1,4}[ \t]?\)|\d)(?:[ \t.\-–()]{0,3}\d){6,16}(?![\w/]|[.-]\d|-[A-Za-z])/g;
// Each optional part carries its own trailing spaces (`(?:#\s*)?`, not `#?\s*`): adjacent `\s*` backtrack cubically over a long run.
const PHONE_LABEL =
  /(?:phone|mobile|mob|cell|tel|telephone|ph|contact|whatsapp|телефон|тел|моб)\.?\s*(?:(?:no\.?|number|#)\s*)?(?:[:.-]\s*)?$/i;

// The words that title a résumé ("Resume", "CV", "Curriculum Vitae"): around the name (DOCUMENT_TITLE_BEFORE/AFTER),
// in a page's running header (RUNNING_HEADER), and, word by word, never a name's (NOT_NAME_WORDS).
const DOCUMENT_TITLE_WORDS: readonly string[] = ['resume', 'résumé', 'cv', 'curriculum vitae'];
// The same words one by one ("curriculum", "vitae").
const DOCUMENT_TITLE_SINGLE_WORDS: readonly string[] = DOCUMENT_TITLE_WORDS.flatMap((title) => title.split(' '));

// Role and seniority words that are also common surnames (John Head, Ann Driver, Mary Nurse, Tim Cook), kept out of
// NOT_NAME_WORDS.
const SURNAME_ROLE_WORDS: ReadonlySet<string> = new Set([
  'head',
  'driver',
  'nurse',
  'cook',
  'carpenter',
  'foreman',
  'buyer',
  'chief',
]);
// Words that make a line a title, an organisation or a heading rather than a person's name: core's role nouns and
// seniority words, and the words below. (Degrees are core's findDegreeMentions, in looksLikeName.)
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS.filter((word) => !SURNAME_ROLE_WORDS.has(word)),
  // "Claims Subject Matter Expert", "Team Member": general role nouns end titles too.
  ...GENERAL_ROLE_NOUNS,
  ...Object.keys(SENIORITY_WORDS).filter((word) => !SURNAME_ROLE_WORDS.has(word) && !/^[ivx]+$/.test(word)),
  ...DOCUMENT_TITLE_SINGLE_WORDS,
  'biodata',
  'bio',
  'profile',
  'summary',
  'objective',
  'contact',
  'confidential',
  // "Credentials" under a one-word title ("CheckCHEF" / "Credentials"), a heading the section reader does not know.
  'credentials',
  'engineering',
  'development',
  'management',
  'support',
  'software',
  'hardware',
  'system',
  'systems',
  'technical',
  'technology',
  'technologies',
  // "FOOD SERVER": a role, though too much a word of computing to be one of core's role nouns.
  'server',
  // "REGISTERED NURSE", "DIGITAL MEDIA BUYER", "ACCOUNT RECEIVABLE", "Position Applying": a credential's participle,
  // the words of a line of work, a form's label.
  'registered',
  'licensed',
  'certified',
  'chartered',
  'digital',
  'media',
  'account',
  'accounts',
  'receivable',
  'payable',
  'position',
  'applying',
  'services',
  'solutions',
  'limited',
  'ltd',
  'pvt',
  'inc',
  'llc',
  'corp',
  'corporation',
  'company',
  'university',
  'college',
  'institute',
  'school',
  'academy',
  // "Mercy Hospital", "Acme Holdings": kinds of institution that end an employer's name, never a surname.
  'hospital',
  'clinic',
  'bank',
  'holdings',
  'foundation',
  'association',
  'ministry',
  'agency',
  'group',
  'team',
  'project',
  'professional',
  'experience',
  'education',
  'skills',
  'career',
  'personal',
  'details',
  'information',
  'data',
  'web',
  'cloud',
  'devops',
  'qa',
  'it',
  'hr',
  'sales',
  'marketing',
  'finance',
  'operations',
  'testing',
  'automation',
  'certificate',
  'certification',
  'degree',
  'board',
  'aggregate',
  'state',
  'science',
  'arts',
  'commerce',
  'com',
  'tech',
  'sc',
  'cgpa',
  'gpa',
  // Russian headings and role nouns ("Резюме", "Инженер-программист"): core's ROLE_NOUNS is English (its title patterns
  // match ASCII word ends), so the Russian ones a resume opens with in place of a name are listed here.
  'резюме',
  'инженер',
  'разработчик',
  'менеджер',
  'аналитик',
  'программист',
  'специалист',
  'руководитель',
  'директор',
  // Schools' and companies' words in the other languages read ("Technische Universität München", "Acme GmbH", "ООО
  // «Ромашка»"), so that none is a name nor a town; the experience reader reads employers' lines with the same words.
  ...ORGANISATION_NAME_WORDS_ABROAD,
  // Greek ("Βιογραφικό Σημείωμα" is a CV's title).
  'βιογραφικό',
  'βιογραφικο',
  'σημείωμα',
  'σημειωμα',
]);

// Names in scripts without capital letters, where "every word capitalised" cannot tell a name from a title.
// Han, kana and Hangul write no spaces: a name is two to four characters ("王小明", "김민준") whose first (or first two)
// is a common surname, or two words of one to five ("山田 太郎", "王 小明"). Arabic, Hebrew, Indic and other spaced
// scripts: two to four words of one script ("محمد أحمد", "राहुल शर्मा"). Headings and role words below are not names.
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々・·]+$/u;
const UNCASED_WORD = /^[\p{Lo}\p{Lm}][\p{Lo}\p{Lm}\p{M}'’.-]*$/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;
// Scripts a spaced name is written in; every letter of the name must be of the first letter's script.
const NAME_SCRIPTS: readonly RegExp[] = [
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Bengali}/u,
  /\p{Script=Gurmukhi}/u,
  /\p{Script=Gujarati}/u,
  /\p{Script=Tamil}/u,
  /\p{Script=Telugu}/u,
  /\p{Script=Kannada}/u,
  /\p{Script=Malayalam}/u,
  /\p{Script=Thai}/u,
  /\p{Script=Georgian}/u,
  /\p{Script=Ethiopic}/u,
  /\p{Script=Sinhala}/u,
  /\p{Script=Khmer}/u,
  /\p{Script=Myanmar}/u,
];
// Common Chinese surnames (the hundred most frequent, then compound ones) and Korean ones; a one-word Han or Hangul
// line starting with none of them is taken for a title or a heading ("项目经理", "이력서" aside, which the heading list
// holds).
const CHINESE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝王張劉陳楊黃趙吳週孫鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒熊邱閆龔錢嚴湯溫樊葛顏聶魯詹歐關蘭寧紀淩畢單裴羅馬',
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '夏侯',
  '歐陽',
  '諸葛',
]);
const KOREAN_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황',
  '남궁',
  '제갈',
  '선우',
  '독고',
  '황보',
]);
// Headings and role words of these scripts that head a resume in place of a name.
const UNCASED_NOT_NAME: readonly string[] = [
  // Chinese, Japanese, Korean: résumé, CV, personal details, contact, education, experience, job intention, role words
  '简历',
  '簡歷',
  '履历',
  '履歷',
  '个人',
  '個人',
  '信息',
  '資料',
  '资料',
  '联系',
  '聯繫',
  '教育',
  '经历',
  '經歷',
  '经验',
  '經驗',
  '求职',
  '求職',
  '意向',
  '技能',
  '简介',
  '工程师',
  '工程師',
  '经理',
  '經理',
  '主管',
  '专员',
  '开发',
  '開發',
  '设计',
  '設計',
  '分析',
  '应聘',
  '應聘',
  '岗位',
  '職位',
  '职位',
  '毕业',
  '畢業',
  '院校',
  '证书',
  '證書',
  '荣誉',
  '榮譽',
  '履歴書',
  '職務経歴',
  '経歴',
  '氏名',
  'エンジニア',
  '이력서',
  '자기소개',
  '경력',
  '학력',
  '인적사항',
  '연락처',
  '개발자',
  '엔지니어',
  // Arabic: CV, personal details, role words (engineer, manager, accountant, developer, analyst, specialist, teacher…)
  'السيرة',
  'سيرة',
  'الذاتية',
  'ذاتية',
  'المعلومات',
  'معلومات',
  'الشخصية',
  'شخصية',
  'بيانات',
  'البيانات',
  'مهندس',
  'مهندسة',
  'مدير',
  'مديرة',
  'محاسب',
  'مطور',
  'محلل',
  'أخصائي',
  'اخصائي',
  'مشرف',
  'معلم',
  'مدرس',
  'طبيب',
  'ممرض',
  'ممرضة',
  'مصمم',
  'مبرمج',
  'موظف',
  'مسؤول',
  'مستشار',
  // Hebrew: CV, engineer, manager, developer
  'קורות',
  'חיים',
  'מהנדס',
  'מנהל',
  'מפתח',
  // Hindi: biodata, résumé, personal details, engineer, manager, teacher, developer
  'बायोडाटा',
  'रिज़्यूमे',
  'रिज्यूमे',
  'जीवन',
  'परिचय',
  'व्यक्तिगत',
  'विवरण',
  'इंजीनियर',
  'अभियंता',
  'प्रबंधक',
  'शिक्षक',
  'डेवलपर',
];

/** Whether a line in a script without capital letters reads as a person's name (see CJK_NAME above). */
function looksLikeUncasedName(words: readonly string[]): boolean {
  const joined = words.join('');
  if (UNCASED_NOT_NAME.some((word) => joined.includes(word))) return false;
  if (CJK_NAME.test(joined)) {
    const lengths = words.map((word) => [...word].length);
    if (words.length === 2) return lengths.every((length) => length <= 5);
    if (words.length !== 1 || (lengths[0] ?? 0) < 2 || (lengths[0] ?? 0) > 4) return false;
    const surnames = /\p{Script=Hangul}/u.test(joined) ? KOREAN_SURNAMES : CHINESE_SURNAMES;
    return surnames.has(joined.slice(0, 1)) || surnames.has(joined.slice(0, 2));
  }
  if (words.length < 2 || words.length > 4 || !words.every((word) => UNCASED_WORD.test(word))) return false;
  const script = NAME_SCRIPTS.find((pattern) => pattern.test(joined));
  return (
    script !== undefined &&
    [...joined].every((character) => /\p{M}/u.test(character) || script.test(character) || !/\p{L}/u.test(character))
  );
}
// Surnames that are also ordinary words (Page, Head, Driver, Nurse, Street) are deliberately left out of NOT_NAME_WORDS.
// Words of a street address, which is not a city: "12 Main Street, Springfield, IL".
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  ...STREET_WORDS,
  'apt',
  'apartment',
  'suite',
  'floor',
  'building',
  'house',
  'flat',
  'nagar',
  'улица',
  'ул',
  'дом',
  'проспект',
]);
// Lower-case particles inside names: "Ludwig van Beethoven", "Maria da Silva".
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ter',
  'ten',
  'y',
]);
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
const CAPITALISED = /^\p{Lu}/u;

// Separators between items on a header line: "Jane Doe | Austin, TX | jane@example.com".
// `(?<!\s)`: a spaced separator starts at the first space of its run (the same matches, without rescanning a long run from each space).
const HEADER_SEPARATORS = /(?<!\s)\s+[|•·–—-]\s+|[|•·\t]|\s{3,}/;
const HEADER_LINE_LIMIT = 12;
// The name heads a resume, at most under a title such as "Resume" and a blank line or two.
const NAME_LINE_LIMIT = 3;
// A personal-details heading after at most this many lines (the CV's title: "F O R M A T O  E U R O P E O  P E R  I L
// C U R R I C U L U M  V I T A E" on three) opens the header rather than ending it.
const PERSONAL_DETAILS_AFTER = 4;
// A name and a place sit at the start of a header line; past this many characters a line is not a header, and
// splitting all of it into segments only costs time (and garbage) on hostile input.
const HEADER_LINE_CHARACTERS = 500;

/** Finds a person's contact details in resume text: name, e-mail, phone, location and profile links; the result passes core's contactSchema. */
export function extractContact(text: string): Contact {
  checkTextArgument('extractContact', 'text', text);
  const sections = splitSections(text);
  return readContact(
    text,
    () =>
      sections
        .filter((section) => section.kind === 'experience')
        .flatMap((section) => parseExperienceSection(section.text)),
    sections,
  );
}

/**
 * extractContact, given the résumé's experience entries (`entries`, asked for at most once: when a name candidate is
 * first looked for in them, and only where a line of the experience sections writes its first word) and its sections
 * (`splitSections(text)`, split once): parseResumeText passes those it has read already.
 */
export function readContact(
  text: string,
  entries: () => readonly ExperienceEntry[],
  sections: readonly ResumeSection[] = splitSections(text),
): Contact {
  const others = [...otherPeoplesLines(text), ...entryDetailsOfOthers(text, sections)].sort(
    (left, right) => left.start - right.start,
  );
  const allEmails = findEmails(text);
  const emails = outside(allEmails, others);
  const links = findLinks(text);
  const masked = mask(text, [...allEmails, ...links, ...others]);
  const header = headerLines(text);
  // The experience sections' lines and the titles of the entries that name an employer besides, read once, when a
  // name candidate is first looked for among them; the entries only where a line of those sections writes the
  // candidate's first word (extractContact parses them for it, three times the work of the rest).
  let titles: readonly EntryTitle[] | undefined;
  let experience: ExperienceLines | undefined;
  let experienceText: string | undefined;
  let headsAnEntry: ((title: string) => boolean) | undefined;
  const handles = handlesOf(emails, links);
  const name =
    guessName(
      header,
      handles,
      (candidate) => {
        experience ??= experienceLines(sections);
        experienceText ??= wordsText(experience.flatMap((section) => section.squashed).join('\n'));
        if (!mayHeadAnEntry(experienceText, candidate)) return false;
        headsAnEntry ??= entryHeads(experience);
        return titlesOf((titles ??= titlesBesideEmployers(entries())), candidate).some(headsAnEntry);
      },
      writtenIn(masked, header),
    ) ??
    labelledNameBelow(masked, handles) ??
    nameOverEmail(masked, emails[0], handles);
  const found = {
    name,
    email: emails[0]?.value,
    phone: findPhone(masked),
    location: placeAfterName(guessLocation(header), name),
    // At most the Contact schema's MAX_LIST_LENGTH, the first written: a text of more distinct links of the person's
    // own ("Portfolio: …" lines) made contactSchema.parse throw a ZodError (ADVERSARIAL.md, round 23).
    links: distinctLinks(ownLinks(text, links, sections).map((link) => link.value)).slice(0, MAX_LIST_LENGTH),
  };
  // Leave out what was not found rather than keeping keys set to undefined.
  return contactSchema.parse(Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)));
}

/**
 * The header's place without the person's name before it: the place reader takes "Rohan Mehta, Pune, Maharashtra" and
 * "Jane Doe Austin, TX" for a town's name and its region whole, where the name line goes on with the town.
 */
function placeAfterName(place: string | undefined, name: string | undefined): string | undefined {
  if (place === undefined || name === undefined || !place.startsWith(name)) return place;
  const rest = place.slice(name.length).replace(/^[\s,;|–—-]+/, '');
  return rest && rest !== place ? rest : undefined;
}

// Where a line gives someone else's details: a supervisor's or a referee's, at the line's start or labelled within it
// ("Supervisor: Curtis Savstrom (612) 970-5362", "Sierra Vista, Arizona Supervisor: Robert Kessler - (520) 417-0959",
// the way US federal résumés name whom to ask about each position), from there to the line's end.
const OTHER_PERSON =
  /^[\s•*·-]*(?:(?:immediate |direct )?supervisor|references?|referee)\b|\b(?:supervisor|references?|referee)(?: name)?\s?[:–-]/i;

/**
 * The lines of `text` whose phone numbers and e-mail addresses are other people's, as spans (consecutive lines joined):
 * a references section, from its heading to the next heading, and a supervisor's or a referee's line from the label on.
 */
function otherPeoplesLines(text: string): Span[] {
  const spans: Span[] = [];
  let inReferences = false;
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    // A quick look for the word first: most lines head nothing, and a résumé's every line passes here.
    const heading = /refer|рекоменд/i.test(line) && isReferencesHeading(line.trim());
    if (heading) inReferences = true;
    else if (inReferences && classifyHeading(line.trim())) inReferences = false;
    const from = inReferences ? 0 : line.search(OTHER_PERSON);
    if (from !== -1) {
      const previous = spans[spans.length - 1];
      if (previous && from === 0 && previous.end + 1 >= start) previous.end = end;
      else spans.push({ value: '', start: start + from, end });
    }
    start = end + 1;
  }
  return spans;
}

// A label that gives an organisation's number rather than a person's own ("Ph:", "Tel.", "Phone No:", "Fax:", "Office:").
const ORGANISATION_PHONE_LABEL = /\b(?:ph|phone|tel|telephone|fax|office)\b\.?\s*(?:(?:no\.?|number|#)\s*)?[:.-]\s*$/i;
// Labels of a person's own number, which an entry's body may still hold ("Online Portfolio: … Mobile: 917-773-6397").
const PERSONAL_PHONE_LABEL = /\b(?:mobile|mob|cell|cellphone|whatsapp|home|personal|my)\b[^\n]{0,12}$/i;
// A name of two or three capitalised words just before a number, after other words on the line ("… Food Group Pam Michon 720 308 5282").
const NAME_BEFORE_NUMBER = [2, 3].map(
  (words) => new RegExp(String.raw`\S\s+(\p{Lu}[\p{Ll}'’.-]*(?:\s+\p{Lu}[\p{Ll}'’.-]*){${words - 1}})[\s,:–-]*$`, 'u'),
);
// How far before a number a name or a label is looked for.
const NEAR_CHARACTERS = 80;
// The last lines of a résumé may give the person's own details under whatever section came last.
const CLOSING_LINES = 3;

/**
 * Spans of `text` inside sections' bodies whose phone numbers and e-mail addresses belong to someone else: from a person
 * named inside a line just before a number to the line's end ("… Food Group Pam Michon 720 308 5282 Bookkeeper"); a
 * number opening the line under a supervisor's line; and, in an experience or education entry, from an organisation's
 * "Ph:/Phone:/Tel:" label after its name or address on the line to the line's end, and a number opening a line of the
 * entry's words ("559.935.0717 Flagship Restaurant"). The header, a personal-details section and the last lines stay
 * the person's, and so does a number labelled as theirs ("Mobile:") or given on a line with an e-mail address.
 */
function entryDetailsOfOthers(text: string, sections: readonly ResumeSection[]): Span[] {
  const spans: Span[] = [];
  const closingFrom = closingLinesStart(text);
  for (const section of sections) {
    if (!section.heading || isPersonalDetailsHeading(section.heading)) continue;
    const entry = section.kind === 'experience' || section.kind === 'education';
    let start = text.indexOf('\n', section.start) + 1; // past the heading's line
    if (start === 0) continue;
    let previousLine = '';
    while (start < section.end && start < closingFrom) {
      const lineEnd = Math.min(section.end, closingFrom, lineEndOf(text, start));
      const line = text.slice(start, lineEnd);
      // Worked out once per line, and only the characters near each number looked at: a long line of numbers was otherwise
      // read again from its start for each.
      const firstNonSpace = line.search(/\S/);
      const givesEmail = line.includes('@');
      for (const match of line.matchAll(PHONE)) {
        const opensLine = firstNonSpace === match.index;
        const near = line.slice(Math.max(0, match.index - NEAR_CHARACTERS), match.index);
        const wordsAfter = /^[\s,;:–-]{0,8}\p{L}/u.test(line.slice(match.index + match[0].length));
        // Words after the number: it is run into the entry's text, not a contact line's end.
        const name = wordsAfter && !opensLine ? namedBefore(near) : undefined;
        if (name !== undefined) {
          spans.push({ value: '', start: start + match.index - near.length + near.lastIndexOf(name), end: lineEnd });
          break;
        }
        // A number opening the line under a supervisor's or referee's name ("Supervisor: Kayla Danks, Superintendent").
        if (opensLine && OTHER_PERSON.test(previousLine)) {
          spans.push({ value: '', start: start + match.index, end: lineEnd });
          break;
        }
        if (!entry || PERSONAL_PHONE_LABEL.test(near)) continue;
        // An organisation's label after its name or address on the line ("Box 71268, Lagos (Nigeria) Ph: +234-…").
        const label = ORGANISATION_PHONE_LABEL.exec(near);
        if (label) {
          const labelStart = match.index - near.length + label.index;
          if (firstNonSpace < labelStart) {
            spans.push({ value: '', start: start + labelStart, end: lineEnd });
            break;
          }
          continue;
        }
        // A number opening a line of the entry's words ("559.935.0717 Flagship Restaurant to promote …").
        if (opensLine && wordsAfter && !givesEmail) {
          spans.push({ value: '', start: start + match.index, end: start + match.index + match[0].length });
        }
      }
      if (line.trim()) previousLine = line;
      start = lineEnd + 1;
    }
  }
  return spans;
}

// The person's name (two or three words) that ends `before`, after other words on the line.
function namedBefore(before: string): string | undefined {
  for (const pattern of NAME_BEFORE_NUMBER) {
    const name = pattern.exec(before)?.[1];
    if (name && looksLikeName(name, [])) return name;
  }
  return undefined;
}

// Offset of the first of the last CLOSING_LINES non-empty lines of `text`.
function closingLinesStart(text: string): number {
  let position = text.length;
  for (let seen = 0; seen < CLOSING_LINES && position > 0; ) {
    const previous = text.lastIndexOf('\n', position - 1);
    if (text.slice(previous + 1, position).trim()) seen++;
    position = Math.max(previous, 0);
  }
  return position;
}

function lineEndOf(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

// The spans of `found` that overlap none of `excluded`; both in text order, walked together (linear, not spans × e-mails).
function outside(found: readonly Span[], excluded: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let at = 0;
  for (const span of found) {
    while (at < excluded.length && (excluded[at] as Span).end <= span.start) at++;
    const next = excluded[at];
    if (!next || next.start >= span.end) kept.push(span);
  }
  return kept;
}

function findEmails(text: string): Span[] {
  const seen = new Set<string>();
  const emails: Span[] = [];
  for (const match of emailMatches(text)) {
    const value = match.text.replace(/^[.'-]+/, '');
    const key = value.toLowerCase();
    if (seen.has(key) || !contactSchema.shape.email.safeParse(value).success) continue;
    seen.add(key);
    emails.push({ value, start: match.start, end: match.start + match.text.length });
  }
  return emails;
}

/**
 * The e-mail pattern's matches (above), in text order, found from each "@" rather than tried at every word: a match
 * holds one "@" and starts where the run of local-part characters before it starts, so each "@" has one possible start;
 * one inside an earlier match is passed over, as a global pattern's scan would.
 */
function* emailMatches(text: string): Generator<{ start: number; text: string }> {
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    EMAIL_AT.lastIndex = at;
    const match = EMAIL_AT.exec(text);
    if (match === null) continue;
    const start = at - (match[1] as string).length;
    if (start < from) continue;
    from = at + match[0].length;
    yield { start, text: text.slice(start, from) };
  }
}

function findLinks(text: string): Span[] {
  const links: Span[] = [];
  let rest = text;
  // Spaced profile links are looked for only in a text that names one of their sites (few do: the pattern, tried at
  // every character, cost as much as the other three together).
  const spaced = SPACED_PROFILE_SITE.test(text);
  for (const [pattern, bare] of [
    [HTTP_URL, false],
    [BARE_PROFILE, true],
    [BARE_WWW, true],
    ...(spaced ? ([[SPACED_PROFILE, true]] as const) : []),
  ] as const) {
    const found = links.length;
    for (const match of rest.matchAll(pattern)) {
      let value = pattern === SPACED_PROFILE ? match[0].replace(/\s+/g, '') : match[0];
      let end = match.index + match[0].length;
      WRAPPED_REST.lastIndex = end;
      const wrapped = /[/-]$/.test(value) ? WRAPPED_REST.exec(text) : null;
      // Only a lone token with a digit or a slash continues a link, so a heading on the next line is never glued on; or a
      // profile's name in lower case, where the link stops at its site's path or at a hyphen in the name.
      if (
        wrapped?.[1] &&
        (/[\d/]/.test(wrapped[1]) || (PROFILE_NAME_CUT.test(value) && LOWER_CASE_NAME_REST.test(wrapped[1])))
      ) {
        value += wrapped[1];
        end += wrapped[0].length;
      }
      // "Â" after a link is a non-breaking space read as Latin-1 ("…/in/janedoeÂ"), not the link's.
      value = value.replace(/(?<!Â)Â+$/, '').replace(/(?<![.,;:!?'"»])[.,;:!?'"»]+$/, '');
      const link = bare ? `https://${value}` : value;
      if (isUrl(link)) links.push({ value: link, start: match.index, end });
    }
    // Later patterns must not find links inside ones already taken.
    if (links.length > found) rest = mask(rest, links);
  }
  return links.sort((left, right) => left.start - right.start);
}

/**
 * The person's own links among those found: profile sites anywhere, other links only in the contact block at the top, in
 * a contact or links section, or labelled as theirs ("Portfolio: …"); not the employers', clients' or schools' sites,
 * papers or talks that entries cite.
 */
function ownLinks(text: string, links: readonly Span[], sections: readonly ResumeSection[]): Span[] {
  let contactBlockEnd: number | undefined;
  let index = 0;
  // The links come in text order, and so do the sections: one walk over both.
  return links.filter((link) => {
    if (PROFILE_SITE.test(link.value.replace(/^https?:\/\/(?:www\.)?/i, ''))) return true;
    if (isLabelledLink(text, link.start)) return true;
    while (index < sections.length && (sections[index] as ResumeSection).end <= link.start) index++;
    const section = sections[index];
    if (!section || section.start > link.start) return false;
    if (!section.heading) return link.start < (contactBlockEnd ??= nonBlankLinesEnd(text, CONTACT_BLOCK_LINES));
    return (
      section.kind === 'other' &&
      (CONTACT_HEADING.test(cleanHeading(section.heading)) || isPersonalDetailsHeading(section.heading))
    );
  });
}

// A label is a few words: one further back than this from its link, or from the line below, labels nothing.
const LINK_LABEL_REACH = 80;

// Whether the words before a link on its line, or the line above when it starts its line, label it as the person's, or
// the person's own words point at it ("See my work at …").
function isLabelledLink(text: string, start: number): boolean {
  // Only the reach before the link is searched for its line's start: a long line of many links is not rescanned.
  const reachStart = Math.max(0, start - LINK_LABEL_REACH - 1);
  const reach = text.slice(reachStart, start);
  const lineBreak = reach.lastIndexOf('\n');
  if (OWN_WORDS_BEFORE_LINK.test(reach.slice(lineBreak + 1))) return true;
  if (lineBreak < 0 && reachStart > 0) return false;
  const lineStart = lineBreak < 0 ? 0 : reachStart + lineBreak + 1;
  const before = text.slice(lineStart, start).replace(/^[\s•·*▪●○◦>\-–—]+/u, '');
  if (before.trim()) return isLinkLabel(before);
  let previousEnd = lineStart;
  while (previousEnd > 0 && lineStart - previousEnd < LINK_LABEL_REACH && /\s/.test(text[previousEnd - 1] ?? ''))
    previousEnd--;
  const previousReach = Math.max(0, previousEnd - LINK_LABEL_REACH - 1);
  const previousBreak = text.slice(previousReach, previousEnd).lastIndexOf('\n');
  if (previousBreak < 0 && previousReach > 0) return false;
  const previousStart = previousBreak < 0 ? 0 : previousReach + previousBreak + 1;
  return isLinkLabel(text.slice(previousStart, previousEnd));
}

function isLinkLabel(words: string): boolean {
  return (
    Boolean(words.trim()) && words.trim().split(/\s+/).length <= MAX_LINK_LABEL_WORDS && OWN_LINK_LABEL.test(words)
  );
}

// The offset just past the `count`th non-blank line (the text's length when it has fewer).
function nonBlankLinesEnd(text: string, count: number): number {
  const nonSpace = /\S/g;
  let seen = 0;
  while (nonSpace.exec(text)) {
    const lineEnd = text.indexOf('\n', nonSpace.lastIndex);
    if (++seen === count || lineEnd < 0) return lineEnd < 0 ? text.length : lineEnd;
    nonSpace.lastIndex = lineEnd;
  }
  return text.length;
}

function isUrl(value: string): boolean {
  if (!contactSchema.shape.links.safeParse([value]).success) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}

// One link per page: "indeed.com/r/x/1" and "https://www.indeed.com/r/x/1?tracking=…" are the same profile.
function distinctLinks(links: readonly string[]): string[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const url = new URL(link);
    const key = `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/(?<!\/)\/+$/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Blanks out spans (keeping line breaks and offsets) so that digits in URLs and e-mails are not read as phones.
// One pass over the spans in text order (rebuilding the whole text per span was quadratic in the number of links).
function mask(text: string, spans: readonly Span[]): string {
  const ordered = [...spans].sort((left, right) => left.start - right.start);
  const parts: string[] = [];
  let copied = 0;
  for (const span of ordered) {
    const start = Math.max(span.start, copied);
    if (span.end <= start) continue;
    parts.push(text.slice(copied, start), text.slice(start, span.end).replace(/[^\r\n]/g, ' '));
    copied = span.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

// The longest label PHONE_LABEL can match holds this many non-space characters ("telephone" "." "number" ":").
const PHONE_LABEL_NON_SPACE = 17;

/** The end of text[from, to) holding its last `count` non-space characters (with the spaces among and after them). */
function tailWithNonSpace(text: string, from: number, to: number, count: number): string {
  let position = to;
  for (let seen = 0; position > from && seen < count; ) if (!/\s/.test(text[--position] ?? '')) seen++;
  return text.slice(position, to);
}

// Lines are tracked as the matches move forward, and a label is looked for in the last characters before a number
// only: looking back to the line start from every candidate was quadratic on a long line of numbers.
function findPhone(text: string): string | undefined {
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let firstNonSpace = -1; // on the current line; -1 before it is needed
  for (const match of text.matchAll(PHONE)) {
    const candidate = match[0];
    const end = match.index + candidate.length;
    while (nextBreak !== -1 && nextBreak < match.index) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
      firstNonSpace = -1;
    }
    // A candidate holds no line break, so the line goes on to nextBreak.
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    if (firstNonSpace === -1) {
      const offset = text.slice(lineStart, lineEnd).search(/\S/);
      firstNonSpace = offset === -1 ? lineEnd : lineStart + offset;
    }
    // PHONE_LABEL has no lookbehind or \b, so a match ending the line's text before the number lies in this tail.
    const labelled = PHONE_LABEL.test(tailWithNonSpace(text, lineStart, match.index, PHONE_LABEL_NON_SPACE + 1));
    const alone = firstNonSpace >= match.index && !/\S/.test(text.slice(end, lineEnd));
    if (isPhone(candidate, labelled || alone)) return candidate.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

function isPhone(candidate: string, labelled: boolean): boolean {
  const digits = candidate.replace(/\D/g, '');
  const international = candidate.startsWith('+');
  // E.164 allows up to 15 digits; without a country code, national numbers have 10 (US, India) or 11 (UK, Russia, US with 1).
  if (international ? digits.length < 8 || digits.length > 15 : digits.length < 10 || digits.length > 11) return false;
  if ((candidate.match(/\(/g) ?? []).length !== (candidate.match(/\)/g) ?? []).length) return false;
  const groups = candidate.split(/\D+/).filter(Boolean);
  // Runs of years ("2014 2016 2019") are dates, not numbers.
  if (groups.every((group) => /^(?:19|20)\d\d$/.test(group))) return false;
  // Nor is a range of years before other digits ("1994-1995 4.0", a grade after the years of a school).
  if (!international && groups.length > 2 && groups.slice(0, 2).every((group) => /^(?:19|20)\d\d$/.test(group)))
    return false;
  // A long run of digits with a dash and one or two more is a reference's number and check digits ("10879339-20").
  if (!international && /-\d{1,2}$/.test(candidate) && groups.some((group) => group.length >= 6)) return false;
  // A North American toll-free number (1-888-567-8688, (800) 555-0100) is an organisation's, never a person's own.
  if (isTollFree(groups, international)) return false;
  // An ungrouped run of digits is only a phone with a "+", a label like "Phone:", or a line to itself.
  return international || groups.length > 1 || labelled;
}

// North American toll-free area codes.
const TOLL_FREE_CODES: ReadonlySet<string> = new Set(['800', '833', '844', '855', '866', '877', '888']);

// Written in North American groups (an optional 1, then 3-3-4) under a toll-free code; 10 Indian digits ("88776 54321") are not.
function isTollFree(groups: readonly string[], international: boolean): boolean {
  const national = groups[0] === '1' ? groups.slice(1) : groups;
  if (international && groups[0] !== '1') return false;
  return (
    national.length === 3 &&
    TOLL_FREE_CODES.has(national[0] ?? '') &&
    national[1]?.length === 3 &&
    national[2]?.length === 4
  );
}

function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    // Contact details sit above the first section, or under a "Personal information" heading at the top (Europass).
    if (lines.length <= PERSONAL_DETAILS_AFTER && isPersonalDetailsHeading(trimmed)) continue;
    if (classifyHeading(trimmed)) break;
    lines.push(trimmed.length > HEADER_LINE_CHARACTERS ? trimmed.slice(0, HEADER_LINE_CHARACTERS) : trimmed);
    if (lines.length >= HEADER_LINE_LIMIT) break;
  }
  return lines;
}

// Lower-case letters of each e-mail user name and link path segment: "jane.doe@…", "linkedin.com/in/jane-doe" → "janedoe".
function handlesOf(emails: readonly Span[], links: readonly Span[]): string[] {
  const handles = emails.map((email) => email.value.split('@')[0] ?? '');
  for (const link of links) handles.push(...new URL(link.value).pathname.split('/'));
  return handles.map(lettersOf).filter((handle) => handle.length >= 2);
}

function lettersOf(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

// "Name:", "姓名：", "氏名", "이름:", "الاسم:", "ФИО:", "नाम:" before the name.
const NAME_LABEL = /^(?:(?:full\s+)?name|姓\s*名|氏\s*名|이름|성명|الاسم|фио|имя|नाम)\s*[:：–—-]?\s*/iu;

// A name after a label and a colon, in the languages of the resumes read: English, Spanish, Portuguese, Italian, French, German, Russian.
const LABELLED_NAME =
  /^(?:(?:full\s+)?name|nombre(?:\s+y\s+apellidos)?|nome(?:\s+completo)?|nom(?:\s+et\s+prénom)?|vor-?\s*und\s+nachname|фио|имя)\s*[:：]\s*/iu;

/**
 * The person's name among the header's first lines (or labelled anywhere in it); `elsewhere` tells of an unlabelled
 * candidate whether the résumé writes it again as something else (an entry's title).
 */
function guessName(
  header: readonly string[],
  handles: readonly string[],
  elsewhere: (candidate: string) => boolean,
  written: WrittenElsewhere = writtenIn('', header),
): string | undefined {
  // A labelled name anywhere in the header: "Nome: Marco Bianchi" under the older European CV's title lines.
  for (const line of header) {
    const labelled = LABELLED_NAME.exec(line);
    const candidate = labelled ? line.slice(labelled[0].length).trim() : '';
    if (candidate && looksLikeName(candidate, handles)) return candidate.replace(/\s+/g, ' ');
  }
  for (const [index, line] of header.slice(0, NAME_LINE_LIMIT).entries()) {
    // "Camryn" / "Hilliard": a template that writes the given name and the surname on a line each.
    const split = splitName(line, header[index + 1]);
    if (split && looksLikeName(split, handles)) {
      if (spelledByHandle(split, handles)) return split;
      // Two words alone on their lines are no name when both are skills ("Java" / "Python" atop a side column; "Mason"
      // / "Miller" is one) or one is an organisation's word ("Deloitte" / "Consulting").
      const words = split.split(' ');
      const skills = words.every((word) => extractSkills(word).length > 0);
      if (!elsewhere(split) && !skills && !words.some(isCompanyWord)) return split;
    }
    // "J O H N   S M I T H": a name's letters spaced out, as a PDF's letter spacing writes them.
    const segments = unspaceLetters(line).replace(NAME_LABEL, '').split(HEADER_SEPARATORS);
    // "PERSONAL INFORMATION<tab>Sofia Marinou": the Europass CV's table writes the name beside its heading.
    const first = segments.length > 1 && isPersonalDetailsHeading(segments[0] ?? '') ? 1 : 0;
    const segment = (segments[first] ?? '').replace(/(?<![,;])[,;]+$/, '').trim();
    const beforeDetails = nameBeforeContactDetails(segment, handles);
    // The résumé's first line (after its document title alone, if any) is where a name stands before a town.
    const top = header.slice(0, index).every((above) => DOCUMENT_TITLE_LINE.test(above));
    const evidence = { written, handles, top };
    const candidate =
      [
        nameBeforeDetails(segment),
        nameBeforeTown(segment, evidence),
        segment,
        nameInWrapping(segment),
        beforeDetails && nameBeforeTown(beforeDetails, evidence),
        beforeDetails,
      ].find((each) => each !== undefined && looksLikeName(each, handles)) ?? segment;
    // The e-mail or a profile link spelling it says it is the person's, though the experience section writes it again.
    if (
      looksLikeName(candidate, handles) &&
      (spelledByHandle(candidate, handles) || (!elsewhere(candidate) && !namesPlace(candidate, written)))
    )
      return candidate.replace(/\s+/g, ' ');
    // "Senior Data Engineer Jane Doe": the title and the name one space apart, parted where the title ends.
    const parted = segments.length === first + 1 ? titleThenName(segment, handles) : undefined;
    const beside = nameBesideTitle(parted ?? segments.slice(first), evidence);
    // Parted so, the words after a title are as often its specialism or its employer ("Senior Data Engineer Machine
    // Learning" of machinelearning.jobs@, "Marketing Manager Tata Motors" of tata.m@): no skill, no firm's word.
    if (beside !== undefined && parted !== undefined && (namesSkills(beside) || beside.split(' ').some(isCompanyWord)))
      return undefined;
    if (beside !== undefined && (spelledByHandle(beside, handles) || !elsewhere(beside))) return beside;
  }
  return undefined;
}

/** What tells of a name candidate beside a title or a town on its line. */
interface NameEvidence {
  /** What the rest of the résumé writes. */
  readonly written: WrittenElsewhere;
  /** The e-mails' user names and the profile links' paths, as lettersOf writes them. */
  readonly handles: readonly string[];
  /** Whether the line is the résumé's first (after its document title alone, if any). */
  readonly top: boolean;
}

// A line that is only the document's title: "Resume", "CURRICULUM VITAE", "Bio-data".
const DOCUMENT_TITLE_LINE = new RegExp(`^(?:${DOCUMENT_TITLE_WORDS.join('|')}|bio-?data)$`, 'iu');

/** Whether `word` is an address's ("Road", "Nagar", "Flat") or names a street's kind in any language read. */
function isAddressWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ADDRESS_WORDS.has(lower) || STREET_KIND_WORDS.has(lower);
}

/**
 * Whether one of `handles` (e-mail user names, profile paths: lettersOf) spells a word of `candidate` of three letters
 * or more that names no place: "Rahul Sharma" in rahul88@…, where spelledByHandle asks it of every word.
 */
function spellsAWordOf(candidate: string, handles: readonly string[]): boolean {
  return candidate.split(/\s+/).some((word) => {
    const letters = lettersOf(word);
    return letters.length >= 3 && !isRegionOrCountry(word) && handles.some((handle) => handle.includes(letters));
  });
}

/** What the résumé writes besides its header's name line, asked of a name candidate where its line leaves doubt. */
interface WrittenElsewhere {
  /** Whether the text writes `word` (lower case) as a word all in lower case: a common word, not a name's. */
  readonly inLowerCase: (word: string) => boolean;
  /**
   * Whether the résumé writes `town` as the person's place (a header segment's place, or after a place's label:
   * "Address:", "Place:") on a line that does not write `name`'s first word (the name's own line says nothing).
   */
  readonly asOwnPlace: (town: string, name: string) => boolean;
  /** The same of `town` before a comma and a region or a country core knows ("Mumbai, Maharashtra"), on any line. */
  readonly beforeRegion: (town: string, name: string) => boolean;
  /** Whether the text writes `words` (a town of one or two words) as a place: as `asOwnPlace` or `beforeRegion` do. */
  readonly asPlace: (words: string) => boolean;
  /** How many times the text writes `words` (any case, word for word). */
  readonly times: (words: string) => number;
}

// A label before the person's own place or address anywhere in a résumé: "Address: …", "Place: Mumbai" (the closing
// declaration of Indian résumés), "Location - Pune", "City: Austin", "Current location: …".
const OWN_PLACE_LABEL =
  /(?:^|[\s|•·(])(?:(?:current|present|permanent|home|postal|residential|mailing|correspondence)\s+)?(?:address|place|location|city|residence)\s*(?:[:：]|[–—-]\s)/giu;
// A place's words after its label are looked for this far along the line.
const OWN_PLACE_CHARACTERS = 120;
// Letters of a word of a town's name: capitalised, with the marks of "Saint-Denis", "St. Louis".
const TOWN_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
// Place labels read, at most: a résumé gives the person's address or place a few times.
const OWN_PLACE_LABELS = 20;
// Lines kept for each town written as a place: enough to find one that is not the name's own.
const LINES_PER_TOWN = 3;

/** Towns (lower case) and the lines that write each as a place. */
type TownLines = Map<string, string[]>;

/**
 * What `text` (the résumé, other people's lines and the e-mails and links masked out) writes that tells of a name
 * candidate in its header (`header`): its words in lower case, and the towns it gives as the person's place (a
 * header segment's place, or after an "Address:", "Place:" or "Location:" label) or before a region or a country.
 * Each read once, when first asked.
 */
function writtenIn(text: string, header: readonly string[]): WrittenElsewhere {
  let lowerCase: ReadonlySet<string> | undefined;
  let ownPlaces: TownLines | undefined;
  let regionTowns: TownLines | undefined;
  return {
    inLowerCase: (word) => (lowerCase ??= new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}+(?![\p{L}\p{M}])/gu))).has(word),
    asOwnPlace: (town, name) => writtenApart((ownPlaces ??= ownPlacesOf(text, header)), town, name),
    beforeRegion: (town, name) => writtenApart((regionTowns ??= townsBeforeRegions(text)), town, name),
    asPlace: (words) =>
      (ownPlaces ??= ownPlacesOf(text, header)).has(words.toLowerCase()) ||
      (regionTowns ??= townsBeforeRegions(text)).has(words.toLowerCase()),
    times: (words) => {
      const written = words.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return text.match(new RegExp(`(?<![\\p{L}\\p{M}])${written.join('\\s+')}(?![\\p{L}\\p{M}])`, 'giu'))?.length ?? 0;
    },
  };
}

/** Whether `towns` has `town` on a line that does not write the first word of `name` (any case). */
function writtenApart(towns: TownLines, town: string, name: string): boolean {
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  return (towns.get(town.toLowerCase()) ?? []).some((line) => !line.toLowerCase().includes(first));
}

/** Adds each of `words`, and each two in a row ("Navi Mumbai", "New Delhi"), to `towns` as written on `line`. */
function addTowns(towns: TownLines, words: readonly string[], line: string): void {
  const add = (town: string) => {
    const lines = towns.get(town) ?? [];
    if (lines.length < LINES_PER_TOWN) lines.push(line);
    towns.set(town, lines);
  };
  for (const [index, word] of words.entries()) {
    add(word.toLowerCase());
    const next = words[index + 1];
    if (next !== undefined) add(`${word} ${next}`.toLowerCase());
  }
}

/** The towns `text` gives as the person's place: the places of the header's segments, and those after a place's label. */
function ownPlacesOf(text: string, header: readonly string[]): TownLines {
  const towns: TownLines = new Map();
  for (const line of header)
    for (const segment of line.split(HEADER_SEPARATORS)) {
      const place = placeOfSegment(segment);
      if (place !== undefined) addTowns(towns, place.match(TOWN_WORD) ?? [], line);
    }
  let labels = 0;
  for (const label of text.matchAll(OWN_PLACE_LABEL)) {
    if (++labels > OWN_PLACE_LABELS) break;
    // The label's line, as far as OWN_PLACE_CHARACTERS either side of it.
    const before = text.slice(Math.max(0, label.index - OWN_PLACE_CHARACTERS), label.index);
    const after = text.slice(label.index + label[0].length, label.index + label[0].length + OWN_PLACE_CHARACTERS);
    const place = after.split('\n')[0] ?? '';
    addTowns(towns, place.match(TOWN_WORD) ?? [], `${before.slice(before.lastIndexOf('\n') + 1)}${label[0]}${place}`);
  }
  return towns;
}

// A region's name and a postcode after a comma are at most this long.
const REGION_PART_CHARACTERS = 40;

/** The towns (their last word, and their last two) that `text` writes before ", <Region>" on a line. */
function townsBeforeRegions(text: string): TownLines {
  const towns: TownLines = new Map();
  for (const line of text.split('\n')) {
    if (!line.includes(',')) continue;
    const parts = line.split(',');
    for (let index = 1; index < parts.length; index++) {
      // A region's name, then perhaps a postcode ("Maharashtra 400001"); a longer part is no region.
      const part = (parts[index] as string).trim();
      if (part.length > REGION_PART_CHARACTERS) continue;
      const region = part.replace(/\s+\d[\d\s-]*$/, '');
      if (!region || !isRegionOrCountry(region)) continue;
      const words = (parts[index - 1] as string).trim().split(/\s+/).slice(-2);
      addTowns(towns, words.length === 2 ? words : words.slice(-1), line);
    }
  }
  return towns;
}

// A name and a town on one line are at most this many words (a name of three, a town of two, a region of three).
const NAME_AND_TOWN_WORDS = 8;

/**
 * The name before a town on its line, where another line of the résumé shows the town is one: "Rohan Mehta, Mumbai",
 * "Rohan Mehta Pune Maharashtra", "Rohan Mehta Pune, Maharashtra", "Jane Doe Austin, TX" (a comma before the town or a
 * region after it, and another line writes the town before a region, "Mumbai, Maharashtra", or as the person's place:
 * a header segment's place, or after "Address:" or "Place:"); or before a region's name core knows after a comma
 * ("Priya Sharma, New Delhi", where the e-mail spells a word of the name). A town at the line's end that nothing marks is read as a surname ("Mary Ann Austin" of
 * Austin, TX; "Rohan Mehta Mumbai" stays whole), and a name ends on no town's first word. The name is two or three words
 * before a town of one word, or of two that a town's first word opens ("Navi Mumbai", "New Delhi"). The last of three
 * capitalised words is read as no town without such evidence ("Rohan Kumar Sharma, Maharashtra", "Mary Jo Washington"),
 * nor where the e-mail spells it (a surname); a line that read as no name whole (five words or more: "Salt Lake Kolkata
 * West Bengal", an address) or below the résumé's first line (`evidence.top`) needs the e-mail to spell a word of the
 * name. Undefined otherwise.
 */
function nameBeforeTown(segment: string, evidence: NameEvidence): string | undefined {
  const { written, handles, top } = evidence;
  const words = segment.split(/\s+/);
  if (words.length < 3 || words.length > NAME_AND_TOWN_WORDS) return undefined;
  const bare = words.map((word) => word.replace(/,$/, ''));
  const commaAfter = (index: number) => (words[index] as string).endsWith(',');
  // No comma inside the name (its first `length` words), nor an address's word ("Anna Nagar", "Baner Road").
  const readsAsName = (length: number) => {
    const name = bare.slice(0, length).join(' ');
    if (words.slice(0, length - 1).some((word) => word.endsWith(',')) || bare.slice(0, length).some(isAddressWord))
      return false;
    return spellsAWordOf(name, handles) || (top && looksLikeName(bare.join(' '), handles));
  };
  // The region after the town: none, or the line's last one to three words.
  for (let regionWords = 0; regionWords <= 3; regionWords++) {
    const regionStart = words.length - regionWords;
    if (regionStart < 2) break;
    const region = bare.slice(regionStart).join(' ');
    const spelt = regionWords > 0 && isPlaceName(region);
    const code = regionWords === 1 && !spelt && commaAfter(regionStart - 1) && isRegionOrCountry(region);
    if (regionWords > 0 && !spelt && !code) continue;
    if (words.slice(regionStart, -1).some((word) => word.endsWith(','))) continue;
    // "Priya Sharma, New Delhi", "Jane Doe, Texas": a region's name core knows after a name of two words and a comma,
    // where the e-mail spells a word of the name: a town of two words is written so too ("Cedar Rapids, Iowa", "Ann
    // Arbor, Michigan", "Kansas City, Missouri": the header's place, no name).
    const pair = bare.slice(0, 2).join(' ');
    if (spelt && regionStart === 2 && commaAfter(1) && readsAsName(2) && spellsAWordOf(pair, handles)) return pair;
    for (const townWords of [1, 2]) {
      const townStart = regionStart - townWords;
      if (townStart < 2 || townStart > 3) continue;
      // A town of two words opens with a town's first word ("Navi Mumbai"), and a town of one is none ("New").
      if (isTownNamePrefix(bare[townStart] as string) !== (townWords === 2)) continue;
      if (townWords === 2 && commaAfter(townStart)) continue;
      const town = bare.slice(townStart, regionStart).join(' ');
      // A town the e-mail spells is the surname ("Mary Ann Lincoln", mary.lincoln@…, of Lincoln, NE).
      if (!isTownName(town) || isRegionOrCountry(town) || spellsAWordOf(town, handles)) continue;
      // A name ends on no town's first word: "Ana Maria Santa Cruz" is no "Ana Maria Santa" of Cruz.
      if (!readsAsName(townStart) || isTownNamePrefix(bare[townStart - 1] as string)) continue;
      const name = bare.slice(0, townStart).join(' ');
      // A town neither a comma nor a region marks is the line's last words, and as likely a surname: "Mary Ann Austin"
      // over "Austin, TX" and "Jordan Taylor Houston" of Houston keep their surnames, as "Rohan Mehta Mumbai" keeps
      // its town (a name read whole is a smaller loss than a surname cut).
      if (!commaAfter(townStart - 1) && regionWords === 0) continue;
      if (written.asOwnPlace(town, name) || written.beforeRegion(town, name)) return name;
    }
  }
  return undefined;
}

// Town names' first words that are also given names ("Nava Kumar", "Navi Sandhu", "San Kyaw Thu", "Santa Ozola"):
// opening a name candidate, they make a place of it only where the résumé writes its first two words as a place.
const GIVEN_NAME_TOWN_PREFIX = /^(?:nava|navi|san|santa)$/i;

/**
 * Whether a name candidate is a place's name: two or three words of it in a row that core knows as a region's or a
 * country's ("New York City", "Tamil Nadu", "United States"), or a town's first word opening it ("San Francisco", "Los
 * Angeles", "New Delhi"; "Navi Mumbai", "San Jose" where the résumé writes them as a place elsewhere, as "Navi", "San"
 * open people's names too). A region's name of one word may be a person's ("Georgia", "Jordan").
 */
function namesPlace(candidate: string, written: WrittenElsewhere): boolean {
  const words = candidate.split(/\s+/);
  const first = words[0] as string;
  if (isTownNamePrefix(first) && (!GIVEN_NAME_TOWN_PREFIX.test(first) || written.asPlace(words.slice(0, 2).join(' '))))
    return true;
  for (let start = 0; start + 1 < words.length; start++)
    for (const length of [2, 3])
      if (start + length <= words.length && isPlaceName(words.slice(start, start + length).join(' '))) return true;
  return false;
}

// A job title beside the name is at most this many words: "Senior Data Engineer", "Registered Nurse".
const TITLE_BESIDE_NAME_WORDS = 6;

/**
 * The name in the header segment after a job title on its line: "Senior Data Engineer   Jane Doe", "Registered Nurse |
 * Maria Lopez" (`segments`: the line's segments from the title on). The title reads as one (it ends in a role noun and
 * is no name); the name after it must read as a name, the e-mail or a profile link must spell a word of it (a title's
 * line is no usual place for a name: "Business Analyst | Capital Markets", "Civil Engineer | Larsen Toubro"), and it
 * must read as nothing else a title is put beside: no place ("New York", "San Francisco": a region's or country's word,
 * or a town's first word) and, unless the e-mail spells all of it, no skill ("Machine Learning", "Agile Scrum"), no
 * common words the résumé writes in lower case ("Intensive Care") and no name it writes again (an employer's).
 */
function nameBesideTitle(segments: readonly string[], evidence: NameEvidence): string | undefined {
  const { written, handles } = evidence;
  const [title = '', next] = segments;
  if (next === undefined || !readsAsTitle(title.trim())) return undefined;
  const segment = next.replace(/(?<![,;])[,;]+$/, '').trim();
  const beforeDetails = nameBeforeContactDetails(segment, handles);
  const candidate = [
    nameBeforeDetails(segment),
    nameBeforeTown(segment, evidence),
    segment,
    beforeDetails && nameBeforeTown(beforeDetails, evidence),
    beforeDetails,
  ].find((each) => each !== undefined && looksLikeName(each, handles));
  if (candidate === undefined) return undefined;
  const name = candidate.replace(/\s+/g, ' ');
  // A title's line is no usual place for the name: the e-mail or a profile link must spell a word of it.
  if (!spellsAWordOf(name, handles)) return undefined;
  const words = name.split(' ');
  // A title's line often gives the town ("Software Engineer | San Francisco"): any town's first word opening it is one.
  if (isTownNamePrefix(words[0] as string) || namesPlace(name, written)) return undefined;
  // The e-mail spelling all of it says it is the person's, though a word of it names a region ("Jordan Smith").
  if (spelledByHandle(name, handles)) return name;
  if (words.some(isRegionOrCountry)) return undefined;
  // An employer's name ("Goldman Sachs") or a line of work the résumé writes again; a name is written once.
  if (written.times(name) > 1 || words.some((word) => written.inLowerCase(word.toLowerCase()))) return undefined;
  return namesSkills(name) ? undefined : name;
}

/** Whether a name candidate reads as skills: a skill of several words in it ("Machine Learning"), or each word one. */
function namesSkills(name: string): boolean {
  const words = name.split(' ');
  return (
    extractSkills(name).some((skill) => /\s/.test(skill.text)) || words.every((word) => extractSkills(word).length > 0)
  );
}

/**
 * A segment of a job title and a name with no gap between ("Senior Data Engineer Jane Doe", "Registered Nurse Maria
 * Lopez Garcia"): the title, up to its last role word, and the two or three words after it; undefined where no such
 * title opens it. Whether those words are a name is nameBesideTitle's to say.
 */
function titleThenName(segment: string, handles: readonly string[]): [string, string] | undefined {
  const words = segment.split(/\s+/);
  if (words.length < 3 || words.length > TITLE_BESIDE_NAME_WORDS + 3) return undefined;
  for (let nameWords = 2; nameWords <= 3 && nameWords < words.length; nameWords++) {
    const title = words.slice(0, -nameWords).join(' ');
    if (!readsAsTitle(title)) continue;
    const name = words.slice(-nameWords).join(' ');
    // "Engineer Rahul Sharma Mumbai" of rahulsharma@: a title's line often ends with the town, and an e-mail that spells
    // the first two words whole but not the third says the third is no part of the name.
    const pair = words.slice(-nameWords, -1).join(' ');
    if (nameWords === 3 && spelledByHandle(pair, handles) && !spelledByHandle(name, handles)) return [title, pair];
    return [title, name];
  }
  return undefined;
}

/**
 * Whether a header segment reads as a job title: a few words, no digits, ending in a role noun of core's ("Senior Data
 * Engineer", "Registered Nurse", "ACCOUNTANT"; the experience reader's titleScore, so that "Software Engineer" is one
 * and "Acme Holdings" none), and reading as no name.
 */
function readsAsTitle(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (!segment || words.length > TITLE_BESIDE_NAME_WORDS || /[\d@]/.test(segment)) return false;
  const last = (words.at(-1) as string).replace(/[.,;:]+$/, '');
  return isTitleWord(last) && !isCompanyWord(last) && titleScore(segment) > 0 && !looksLikeName(segment, []);
}

// A "Name:" label below the header, where the header gives no name: under personal details ("Personal Information" /
// "Name : Anand Father Name : …") or in a closing declaration ("Date: / / Name: Dongare Mandakini Murlidhar
// Signature:"). The label opens its line or follows a mark, never another word ("Father's Name", "Project Name").
const NAME_LABEL_BELOW = /(?:^|[•*·|/;:.)\]–—-])[ \t]*(?:full[ \t]+)?name[ \t]*[:：][ \t]*([^\n]{1,80})/gimu;
// What ends a labelled name on its line: the next label of personal details or of a declaration, or a separator.
const AFTER_LABELLED_NAME =
  /\s+(?:father|mother|husband|spouse|guardian|date|d\.?o\.?b|dob|age|gender|sex|signature|sign|place|address|mobile|phone|contact|e-?mail|nationality|marital|religion|languages?)\b|\s*[|,;:]|\s{3,}/iu;

// "Name:" labels looked at, at most: a résumé labels the person's name once; a text of many such lines (projects'
// "Name:" fields under a heading) costs no more than the first few.
const LABELLED_NAMES_LOOKED_AT = 20;

/**
 * The name after a "Name:" label anywhere in `text` (other people's lines masked out): its first candidate that reads
 * as a name, or as one capitalised word, which the label says is a name ("Name : Anand"). Undefined where none does.
 */
function labelledNameBelow(text: string, handles: readonly string[]): string | undefined {
  let looked = 0;
  for (const match of text.matchAll(NAME_LABEL_BELOW)) {
    if (++looked > LABELLED_NAMES_LOOKED_AT) break;
    if (underProjectsHeading(text, match.index)) continue;
    const rest = match[1] ?? '';
    const end = rest.search(AFTER_LABELLED_NAME);
    const candidate = (end === -1 ? rest : rest.slice(0, end)).replace(/[.\s]+$/, '').trim();
    if (looksLikeName(candidate, handles)) return candidate.replace(/\s+/g, ' ');
    if (
      NAME_WORD_LINE.test(candidate) &&
      !NOT_NAME_WORDS.has(candidate.toLowerCase()) &&
      !classifyHeading(candidate) &&
      !isRegionOrCountry(candidate)
    )
      return candidate;
  }
  return undefined;
}

// Lines above a "Name:" label looked at for the heading of its section.
const LINES_ABOVE_LABEL = 30;

/** True when the nearest heading in the lines above `at` heads projects ("Projects" / "• Name: Flipkart Clone"). */
function underProjectsHeading(text: string, at: number): boolean {
  const lines = text.slice(Math.max(0, at - HEADER_LINE_CHARACTERS * LINES_ABOVE_LABEL), at).split(/\r\n|\r|\n/);
  for (const line of lines.slice(0, -1).slice(-LINES_ABOVE_LABEL).reverse()) {
    const kind = classifyHeading(line);
    if (kind !== undefined) return kind === 'projects';
  }
  return false;
}

// Lines above the person's e-mail looked at for the name that heads a contact block below the header.
const LINES_ABOVE_EMAIL = 3;

/**
 * The name heading a contact block below the header, where the header gives none: one of the few lines above the line
 * of the person's e-mail (`email`, other people's lines masked in `text`) that reads as a name one of whose words of
 * three letters or more the e-mail's user name spells (Kaggle PDF ARTS/15265464 closes with "Nicole Harrison Peters" /
 * "732-513-7727" / "Nic_Harrison@aol.com"). Undefined where none does.
 */
function nameOverEmail(text: string, email: Span | undefined, handles: readonly string[]): string | undefined {
  if (email === undefined) return undefined;
  const user = lettersOf(email.value.split('@')[0] ?? '');
  const above = text.slice(Math.max(0, email.start - HEADER_LINE_CHARACTERS * LINES_ABOVE_EMAIL), email.start);
  const lines = above
    .split(/\r\n|\r|\n/)
    .slice(0, -1)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines.slice(-LINES_ABOVE_EMAIL).reverse()) {
    if (!looksLikeName(line, handles)) continue;
    // A town and its state over the e-mail ("Austin Texas" over "texas.driver@…") are no name: the spelt word names no place.
    if (spellsAWordOf(line, [user])) return line.replace(/\s+/g, ' ');
  }
  return undefined;
}

// One word of a name on a line of its own, in capitals or capitalised, an apostrophe or a hyphen between its parts
// ("Camryn", "HILLIARD", "O'Neil", "McDonald", "Smith-Jones"); not "CheckCHEF".
const NAME_WORD_LINE =
  /^(?:\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+|(?:\p{Lu}\p{Ll}*['’-]?)?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*)$/u;

/**
 * A name written over two lines, the given name on one and the surname on the next ("Camryn" / "Hilliard"), as one:
 * both lines a capitalised word alone; undefined otherwise. looksLikeName then asks of the two what it asks of a line.
 */
function splitName(line: string, next: string | undefined): string | undefined {
  if (next === undefined || !NAME_WORD_LINE.test(line) || !NAME_WORD_LINE.test(next)) return undefined;
  // A town over its state or country ("Houston" / "Texas", "Mumbai" / "India"), not a name; a surname that names a
  // state ("Washington") is left out with them.
  if (isRegionOrCountry(next)) return undefined;
  return `${line} ${next}`;
}

// A document's title around the name: "Resume of John Smith", "CURRICULUM VITAE OF JOHN SMITH", "RESUME: JOHN SMITH",
// "John Smith Resume"; and pronouns after it: "Jane Smith (she/her)".
const DOCUMENT_TITLE_BEFORE = new RegExp(
  String.raw`^(?:${DOCUMENT_TITLE_WORDS.join('|')}|bio-?data)(?:\s+of)?\s*[:–—-]?\s+`,
  'iu',
);
const DOCUMENT_TITLE_AFTER = new RegExp(String.raw`\s*[:|–—-]?\s*(?:${DOCUMENT_TITLE_WORDS.join('|')})$`, 'iu');
const PRONOUNS_AFTER = /\s*\((?:she|he|they|ze)\s*\/\s*(?:her|hers|him|his|them|theirs|zir)(?:\s*\/\s*\p{L}+)?\)$/iu;
// Credentials written after a name with no comma, at most this many: "Jane Smith PhD", "John Smith M.Sc.", "JOHN SMITH P.E.".
const CREDENTIALS_AFTER_NAME = 2;

/**
 * The name in a header segment that wraps it in the document's title ("Resume of John Smith", "John Smith Resume"), or
 * follows it with pronouns ("(she/her)") or with credentials and no comma ("Jane Smith PhD", "John Smith M.Sc."):
 * the segment without them, or undefined where it has none of them.
 */
function nameInWrapping(segment: string): string | undefined {
  let name = segment.replace(DOCUMENT_TITLE_BEFORE, '').replace(DOCUMENT_TITLE_AFTER, '').replace(PRONOUNS_AFTER, '');
  const words = name.split(/\s+/);
  let credentials = 0;
  while (credentials < CREDENTIALS_AFTER_NAME && words.length > 2 && isCredentialAfterName(words.at(-1) ?? '')) {
    words.pop();
    credentials++;
  }
  if (credentials > 0) name = words.join(' ');
  name = name.trim();
  return name && name !== segment ? name : undefined;
}

// Where the person's contact details follow the name on its line with no separator but a space: a label ("Email:",
// "Phone:", "Mobile No.:", "Contact -"), an e-mail, or a phone number ("555-123-4567", "+91 98…", "(555) 123 4567"); not
// an address's number ("Flat No 12 Green Park").
const CONTACT_DETAILS_AFTER_NAME =
  /\s+(?:(?:e-?mail|phone|mobile|mob|cell|tel|contact|ph)\b\.?\s*(?:no\.?\s*)?[:#–-]|[^\s@]+@|[+(]?\d[\d ().-]{6,}\d)/iu;

/**
 * The name before the person's contact details on its line ("John Smith john@example.com 555-123-4567", "JOHN SMITH
 * Mobile: +91 98…"), or undefined where none follow it. A place before a number ("Pune Maharashtra 411001 …", "Tamil
 * Nadu 600001 …", "India +91 …") is no name; a given name that is also a country's or state's ("Jordan Smith
 * 555-123-4567", "Georgia Lee Email: …") is one (`handles`: the résumé's e-mail and profile handles).
 */
function nameBeforeContactDetails(segment: string, handles: readonly string[]): string | undefined {
  const cut = segment.search(CONTACT_DETAILS_AFTER_NAME);
  if (cut <= 0) return undefined;
  const name = segment.slice(0, cut).trim();
  return namesPlaceBeforeDetails(name.split(/\s+/), segment.slice(cut), handles) ? undefined : name;
}

// A postal code opening the details after a place ("Maharashtra 411001 …", "Georgia 30301"): five or six digits alone.
const POSTAL_CODE_OPENING = /^\s*\d{5,6}(?![\d-])/;

// A word that ends a town's name after a state's ("Kansas City", "Quebec City", "Virginia Beach").
const TOWN_NAME_END = /^(?:city|beach|springs|falls|heights|keys)$/i;

/**
 * Whether the words before a line's contact details (`after`) are a place: a state or country after the first word
 * ("Pune Maharashtra", "Mumbai India"), all of them one place ("Tamil Nadu", "New Jersey"), or a first word naming
 * one that is alone or has a postal code after the words ("Maharashtra 411001", "Georgia Atlanta 30301"). A first
 * word naming a country before a surname naming none is a given name ("Jordan Smith", "India Brown"), unless the
 * words after it are a town's that no handle spells ("Kansas City", "California San Jose"; "Jordan West" with
 * jordan.west@ is a name) or the résumé's e-mail and profile handles (`handles`) spell none of its words
 * ("Maharashtra Pune Mobile: …" over the name, with anil.kumar@…).
 */
function namesPlaceBeforeDetails(words: readonly string[], after: string, handles: readonly string[]): boolean {
  if (words.slice(1).some(isRegionOrCountry) || isPlaceName(words.join(' '))) return true;
  if (!isRegionOrCountry(words[0] ?? '')) return false;
  if (words.length === 1 || POSTAL_CODE_OPENING.test(after)) return true;
  const spelt = (word: string) => {
    const letters = lettersOf(word);
    return letters.length >= 3 && handles.some((handle) => handle.includes(letters));
  };
  // A town's word that a handle spells is a surname ("Jordan West" with jordan.west@, "Jordan Keys" with jkeys@).
  if (words.slice(1).some((word) => (isTownNamePrefix(word) || TOWN_NAME_END.test(word)) && !spelt(word))) return true;
  return handles.length > 0 && !words.some(spelt);
}

// A credential written after a name without a comma shows it by its letters: a capital or a full stop after the first
// ("PhD", "MBA", "M.Sc.", "P.E."), so that a surname ("Li Wei Ma") is none.
const CREDENTIAL_AFTER_NAME = /^\p{Lu}\p{L}*[\p{Lu}.]/u;

/** Whether a word after a name, with no comma before it, is a degree or a certification of the person's ("PhD", "MBA"). */
function isCredentialAfterName(word: string): boolean {
  return CREDENTIAL_AFTER_NAME.test(word) && isCredential(word, word);
}

// Digits alone, with the marks of dates and phone numbers between them: "2015", "2015 - 2020", "(555) 123-4567".
const NUMBERS_ONLY = /^[\d\s/.()+\-–—]*\d[\d\s/.()+\-–—]*$/;
// A degree or a certification after a name is one or two words: "MBA", "PhD", "B.Tech", "CPA".
const MAX_DEGREE_AFTER_NAME_WORDS = 2;

/**
 * The part of a header segment before its first comma when all that follows it is one of the person's details, not
 * more of a name or a title: dates or a phone number ("Maria Andrade, 2015 – 2020"), degrees, certifications or
 * licences, each after a comma or a slash ("Maria Andrade, MBA", "Maria Andrade, CPA, CFA", "Ana Silva, RN/BSN") or
 * a place ("Maria Andrade, Austin, TX"). A generational suffix after the comma stays with the name ("Robert King, Jr.,
 * RN" → "Robert King, Jr.").
 * Undefined otherwise ("KEY HOLDER, SALES PLANNER", "Andrade, Maria", a skills list).
 */
function nameBeforeDetails(segment: string): string | undefined {
  const comma = segment.indexOf(',');
  if (comma <= 0) return undefined;
  let nameEnd = comma;
  let details = segment.slice(comma + 1).trim();
  const suffix = GENERATIONAL_SUFFIX_PART.exec(details);
  const written = suffix?.[1];
  if (suffix && written) {
    nameEnd = segment.indexOf(written, comma) + written.length;
    details = details.slice(suffix[0].length).trim();
    if (!details) return segment.slice(0, nameEnd).trim();
  }
  const parts = splitParts(details);
  // Credentials may be joined by a slash as well as by commas: "NP/PE", "RN/BSN", "CPA/CFE".
  const credentials = parts.flatMap((part) => part.split('/').map((credential) => credential.trim()));
  const credentialsText = credentials.join(', ');
  const isDetails =
    NUMBERS_ONLY.test(details) ||
    (credentials.length > 0 &&
      credentials.every((credential) => credential && isCredential(credential, credentialsText))) ||
    (parts.length >= 2 && isPlace(parts)) ||
    namesTitle(parts);
  return isDetails ? segment.slice(0, nameEnd).trim() : undefined;
}

// Words of a title after a name and a comma, at most: "Jane Smith, Senior Accountant", "John Smith, Data Scientist".
const TITLE_AFTER_NAME_WORDS = 6;

/** Whether the parts after a name's comma are its title ("Senior Accountant"): each a title's words, none a number. */
function namesTitle(parts: readonly string[]): boolean {
  return (
    parts.length > 0 &&
    parts.every((part) => isTitleWord(part) && !/\d/.test(part) && part.split(/\s+/).length <= TITLE_AFTER_NAME_WORDS)
  );
}

// A generational suffix ending a name, as written: "Robert King Jr.", "Robert King, Sr.", "James Lee III".
const GENERATIONAL_SUFFIX = /,?\s+(?:[JjSs][Rr]\.?|II|III|IV)$/u;
// A generational suffix opening what follows a name's comma ("Jr., RN"): the suffix, then its comma or the end.
const GENERATIONAL_SUFFIX_PART = /^([JjSs][Rr]\.?|II|III|IV)(?:\s*,|$)/u;
// A licence or certification after a name in its short form, written in capitals: "RN", "LPN", "CNA", "PA-C".
const CREDENTIAL_LETTERS = /^\p{Lu}[\p{Lu}.-]{1,5}$/u;
// The skills' kinds whose short forms after a name are the person's credentials: "CPA", "PMP"; "RN", "LPN", "CNA".
const CREDENTIAL_KINDS: ReadonlySet<string> = new Set(['certification', 'healthcare']);

/**
 * Whether `part` (of a header line, after the name and a comma) is a degree or a certification of one or two words:
 * "MBA", "PhD", "B.Tech", "CPA", "PMP" (core's degrees, and the skills of the certification kind), or a licence's
 * letters among the healthcare skills or the certifications ("RN", "LPN", "CNA", "NP", "PE"). `details` (all that
 * follows the name) gives the short forms read only beside others of their kind their context.
 */
function isCredential(part: string, details: string): boolean {
  if (part.split(/\s+/).length > MAX_DEGREE_AFTER_NAME_WORDS) return false;
  const covers = (found: { readonly text: string }) => found.text.length >= part.length - 1;
  if (findDegreeMentions(part, { mode: 'education' }).some(covers)) return true;
  const letters = CREDENTIAL_LETTERS.test(part);
  // A credential's letters after a name need no other word of their kind beside them ("Maria Andrade, NP"): the name
  // and its comma are their context.
  if (letters && CREDENTIAL_KINDS.has(getDefaultSkillTaxonomy().lookup(part)?.category ?? '')) return true;
  return extractSkills(letters ? details : part).some(
    (skill) =>
      (skill.category === 'certification' || (letters && CREDENTIAL_KINDS.has(skill.category))) &&
      (letters ? part.includes(skill.text) : true) &&
      covers(skill),
  );
}

/** `text` lower case, without marks: what wordsOf splits into words. */
function wordsText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `text`, lower case, without marks: "Aircraft Hydraulics Systems Journeyman" → aircraft … journeyman. */
function wordsOf(text: string): string[] {
  return wordsText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether an entry's title that `candidate` is (titlesOf) may head a line of the experience sections (`experienceText`,
 * through wordsText): such a title opens with the candidate's first word, so that line writes it. A candidate of one
 * word (its only word may be read as the role noun it is one edit from) is always looked for.
 */
function mayHeadAnEntry(experienceText: string, candidate: string): boolean {
  const words = wordsOf(candidate);
  return words.length < 2 || experienceText.includes(words[0] as string);
}

/** An entry's title as written, and its words (wordsOf). */
interface EntryTitle {
  readonly written: string;
  readonly words: readonly string[];
}

/**
 * The titles of the entries that name an employer other than their title ("Express Scripts" under Company Name): a
 * title there is a job's. An entry with a title alone ("Maria Andrade, 2015 – 2020", the person's own practice) or
 * whose employer is the name (a sole trader's) says nothing against a name.
 */
function titlesBesideEmployers(entries: readonly ExperienceEntry[]): EntryTitle[] {
  const titles: EntryTitle[] = [];
  for (const entry of entries) {
    if (!entry.title || !entry.company) continue;
    const words = wordsOf(entry.title);
    if (words.length > 0 && words.join(' ') !== wordsOf(entry.company).join(' '))
      titles.push({ written: entry.title, words });
  }
  return titles;
}

/**
 * The titles (as written) that `candidate` is, of entries that name an employer besides: the job the résumé opens
 * with, not the person ("EXPRESS SCRIPTS" atop a template's résumé, then "Express Scripts" / "September 2015 to Current
 * Company Name"). Such a title starts and ends with the candidate's first and last words and holds the others in
 * order, the last read as the role noun it is one edit from ("AIRCRAFT HYDRAULICS JOURNYMAN" over "Aircraft Hydraulics
 * Systems Journeyman"). A surname one edit from a role noun ("Maria Directo") is no such title: a person's name is
 * never a job's.
 */
function titlesOf(titles: readonly EntryTitle[], candidate: string): string[] {
  const words = wordsOf(candidate);
  const last = words.at(-1);
  if (last === undefined) return [];
  const corrected = [...words.slice(0, -1), misspeltRoleNoun(last) ?? last];
  return titles
    .filter((title) =>
      [words, corrected].some((wanted) => endsAlike(wanted, title.words) && inOrder(wanted, title.words)),
    )
    .map((title) => title.written);
}

function endsAlike(wanted: readonly string[], title: readonly string[]): boolean {
  return wanted[0] === title[0] && wanted.at(-1) === title.at(-1);
}

/** Whether every word of `wanted` is in `title`, in the same order. */
function inOrder(wanted: readonly string[], title: readonly string[]): boolean {
  let at = 0;
  for (const word of title) if (word === wanted[at]) at++;
  return at >= wanted.length;
}

// A year, as an entry's dates give one.
const ENTRY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// What may follow an entry's title or employer on its line: a separator, then its dates or the other of the two.
const AFTER_ENTRY_HEAD = /^(?:$|[ \t]*[,|:;–—-])/;
// A page's running header or footer, which repeats the person's name over a later page ("Maria Andrade - Resume - Page
// 2 of 2"): not an entry's head.
const RUNNING_HEADER = new RegExp(
  String.raw`\b(?:${DOCUMENT_TITLE_SINGLE_WORDS.join('|')}|pages?|seite|página|strona|stránka)\b|(?<!\d)\d{1,3} of \d{1,3}(?!\d)`,
  'iu',
);
// A line that opens with an entry's dates: a year, a month's name or number and a year ("September 2015 to Current").
const DATES_LINE = /^(?:(?:19|20)\d\d(?!\d)|\d{1,2}[/.-](?:19|20)?\d\d(?!\d)|\p{L}{3,10}\.?,?\s+(?:19|20)\d\d(?!\d))/u;
// Lines of an experience section looked at, at most.
const ENTRY_LINES_LIMIT = 2000;
/** Each experience section's lines, trimmed, blank ones left out (at most ENTRY_LINES_LIMIT of each): as written and squashed. */
type ExperienceLines = readonly { readonly lines: readonly string[]; readonly squashed: readonly string[] }[];

function experienceLines(sections: readonly ResumeSection[]): ExperienceLines {
  return sections
    .filter((section) => section.kind === 'experience')
    .map((section) => {
      const lines = section.text
        .split(/\r\n|\r|\n/, ENTRY_LINES_LIMIT)
        .map((line) => line.trim())
        .filter(Boolean);
      return { lines, squashed: lines.map((line) => line.replace(/\s+/g, ' ').toLowerCase()) };
    });
}

/**
 * Whether a title (an entry's, as written) heads its entry in an experience section: a line that is it (or opens with
 * it before a separator) and gives a year there, or is followed by a line that opens with dates ("Express Scripts" /
 * "September 2015 to Current …"). A page's running header that repeats the person's name over a later page's entry
 * ("Maria Andrade - Resume - Page 2 of 2", or the name alone over "Initech Corp" / "2015 - 2018", which the entry reader
 * may take for its title) is no such line. The lines are sorted once, so the lines that open with a title are found by
 * binary search, and each title is answered once: looking at every line of every experience section for each title was
 * quadratic in entries whose title is the candidate and lines (ADVERSARIAL.md, round 22).
 */
function entryHeads(experience: ExperienceLines): (title: string) => boolean {
  const heads: { readonly squashed: string; readonly next: string }[] = [];
  for (const { lines, squashed } of experience)
    for (const [index, line] of squashed.entries()) heads.push({ squashed: line, next: lines[index + 1] ?? '' });
  heads.sort((left, right) => (left.squashed < right.squashed ? -1 : left.squashed > right.squashed ? 1 : 0));
  const answers = new Map<string, boolean>();
  return (title) => {
    const wanted = title.replace(/\s+/g, ' ').toLowerCase();
    let answer = answers.get(wanted);
    if (answer !== undefined) return answer;
    answer = false;
    // The first line not before `wanted`: the lines that open with it follow it, one after another.
    let low = 0;
    let high = heads.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((heads[middle]?.squashed ?? '') < wanted) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < heads.length; index++) {
      const { squashed: line, next } = heads[index] ?? { squashed: '', next: '' };
      if (!line.startsWith(wanted)) break;
      const rest = line.slice(wanted.length);
      if (!AFTER_ENTRY_HEAD.test(rest) || RUNNING_HEADER.test(rest)) continue;
      if (ENTRY_YEAR.test(rest) || DATES_LINE.test(next)) {
        answer = true;
        break;
      }
    }
    answers.set(wanted, answer);
    return answer;
  };
}

function looksLikeName(candidate: string, handles: readonly string[]): boolean {
  if (!candidate || candidate.length > 60 || /[\d@]/.test(candidate) || classifyHeading(candidate)) return false;
  // "Robert King Jr.", "Robert King, Jr.", "James Lee III": a name before its generational suffix.
  const withoutSuffix = candidate.replace(GENERATIONAL_SUFFIX, '');
  if (withoutSuffix !== candidate) return withoutSuffix.includes(' ') && looksLikeName(withoutSuffix, handles);
  const words = candidate.split(/\s+/);
  if (!CASED_LETTER.test(candidate)) return looksLikeUncasedName(words);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase().replace(/\.$/, ''))))
    return false;
  if ((misspeltTitle(words) || tradeTitleOfSurnameWord(words)) && !spelledByHandle(candidate, handles)) return false;
  // "B. Tech Mechanical", "Higher Secondary", "MCA": a degree, not a name. Two letters ("MA", "BE") may be a surname.
  if (findDegreeMentions(candidate, { mode: 'education' }).some((degree) => degree.text.length > 2)) return false;
  if (!words.some((word) => lettersOf(word).length >= 2)) return false;
  const capitalised = words.every(
    (word, index) => CAPITALISED.test(word) || (index > 0 && index < words.length - 1 && NAME_PARTICLES.has(word)),
  );
  if (capitalised) return true;
  // "arjun ks" is a name when a profile link or e-mail spells it: linkedin.com/in/arjun-ks.
  return spelledByHandle(candidate, handles);
}

// The skills' kinds that are also given names ("Ruby Directo", "Patience Foremen"): no sign of a trade before a noun.
const SKILL_KINDS_ALSO_NAMES: ReadonlySet<string> = new Set(['programming-language', 'soft-skill', 'language']);

/**
 * Whether `words` are a title ending in a role noun misspelt ("Hydraulics Journyman", "Carpentry Apprenticr", "Aircraft
 * Mechanc"): the last word is one edit from a role noun that is no surname, and a word before it is a role's or a
 * trade's: a skill of a trade alone ("Hydraulics") or with the role noun spelt right ("Aircraft Mechanic", "Diesel
 * Mechanic": a trade's skills). "Maria Directo" is a name: no word before the surname is a trade's.
 */
function misspeltTitle(words: readonly string[]): boolean {
  const roleNoun = misspeltRoleNoun(words.at(-1) ?? '');
  if (roleNoun === undefined || SURNAME_ROLE_WORDS.has(roleNoun)) return false;
  const before = words.slice(0, -1);
  const trade = (skill: SkillMention) => !SKILL_KINDS_ALSO_NAMES.has(skill.category);
  if (before.some((word) => isTitleWord(word) || extractSkills(word).some(trade))) return true;
  // Every word before the noun opens skills of a trade ("Aircraft Techncian", "Aviation Mechanc", "Marine Electrican").
  if (before.every((word) => opensTradeSkills(word, TRADE_QUALIFIER_SKILLS))) return true;
  // The title with its role noun spelt right: a skill there that takes in a word before the noun.
  const opening = before.join(' ');
  return extractSkills(`${opening} ${roleNoun}`).some((skill) => trade(skill) && skill.start < opening.length);
}

/**
 * Whether `words` are a trade's title ending in a role noun that is also a surname ("Line Cook", "Truck Driver",
 * "Welding Foreman", "Head Cook"): every word before it is a title's word or opens skills of a trade
 * (SURNAME_TRADE_QUALIFIER_SKILLS), or a trade's skill spans the whole line ("Prep Cook"). "Mason Cook", "Tim Cook",
 * "Art Cook" are names: "Mason" and "Cook" are two skills, neither the whole line, and a given name opens fewer skills.
 */
function tradeTitleOfSurnameWord(words: readonly string[]): boolean {
  if (!SURNAME_ROLE_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) return false;
  const before = words.slice(0, -1);
  if (before.every((word) => isTitleWord(word) || opensTradeSkills(word, SURNAME_TRADE_QUALIFIER_SKILLS))) return true;
  const line = words.join(' ');
  return extractSkills(line).some(
    (skill) => !SKILL_KINDS_ALSO_NAMES.has(skill.category) && skill.start === 0 && skill.end >= line.length,
  );
}

// How many skills' names a word opens at least to qualify a misspelt role noun as a trade's: "aviation" opens
// "aviation maintenance" and "aviation operations"; given names open one at most ("Chip": chip tuning, "Grant": grant
// writing, "Maria": MariaDB) or none before another word ("Jack": pallet jack). Before a role noun that is also a
// surname ("Cook", "Driver"), spelt right, more: "Art" opens two (art direction, art education), "Truck" three.
const TRADE_QUALIFIER_SKILLS = 2;
const SURNAME_TRADE_QUALIFIER_SKILLS = 3;
// Words after a skill's first word that make it no qualifier of the rest ("bill of lading", "Bill of Quantities").
const NOT_QUALIFYING = new Set(['of', 'and', '&', 'for', 'the', 'to', 'in', 'on', 'with', 'or']);
let skillsOpened: ReadonlyMap<string, number> | undefined;

/**
 * Whether `word` opens the names of `count` skills or more of core's taxonomy, of the kinds that are no given names,
 * before another word that it qualifies: "Aircraft" (Aircraft Maintenance, aircraft electronics, aircraft piloting),
 * "Electrical", "Diesel", "Truck", "Welding".
 */
function opensTradeSkills(word: string, count: number): boolean {
  skillsOpened ??= countSkillsOpened();
  return (skillsOpened.get(word.toLowerCase()) ?? 0) >= count;
}

/** For each word, how many skills of core's taxonomy (no kind that is also a given name) have a name opening with it. */
function countSkillsOpened(): ReadonlyMap<string, number> {
  const opened = new Map<string, Set<string>>();
  for (const skill of getDefaultSkillTaxonomy().all()) {
    if (SKILL_KINDS_ALSO_NAMES.has(skill.category)) continue;
    for (const alias of [skill.name, ...skill.aliases.map((each) => (typeof each === 'string' ? each : each.text))]) {
      const [first, second] = alias.toLowerCase().split(/\s+/);
      if (!first || !second || !/^\p{L}+$/u.test(first) || NOT_QUALIFYING.has(second)) continue;
      const skills = opened.get(first) ?? new Set<string>();
      skills.add(skill.name);
      opened.set(first, skills);
    }
  }
  return new Map([...opened].map(([word, skills]) => [word, skills.size]));
}

/**
 * Whether an e-mail's user name or a profile link's path spells `candidate` (each of its words of two letters or more:
 * "Maria Directo" in maria.directo@…, "arjun ks" in linkedin.com/in/arjun-ks): the person's own name.
 */
function spelledByHandle(candidate: string, handles: readonly string[]): boolean {
  const parts = candidate
    .split(/\s+/)
    .map(lettersOf)
    .filter((part) => part.length >= 2);
  return parts.length > 0 && handles.some((handle) => parts.every((part) => handle.includes(part)));
}

// "Austin, TX", "Pune, Maharashtra", "Berlin, Germany", "Springfield, IL 62704", "Chennai, Tamil Nadu, IN".
const CITY = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|da|do|la|le|am|upon|on|sur))*$/u;
const REGION = /^\p{L}[\p{L} .'’-]*$/u;
const POSTAL_CODE = /^(?:\d{3,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/;
const CODE_WITH_POSTAL_CODE = /^([A-Z]{2,3})\s+(?:\d{4,6}(?:-\d{4})?|[A-Z\d]{3}\s?[A-Z\d]{3})$/;
const LOCATION_LABEL =
  /^(?:location|address|based in|lives in|residence|city|адрес|город|место жительства)\s*[:-]?\s*/i;

// A label before a place or an address in a header, in the languages read: English, German, French, Spanish,
// Portuguese, Italian, Dutch, Polish, Russian. A colon follows, but for "based in", "wohnhaft in", "проживает" and the
// Russian "г." (город, town) before a town's name.
const PLACE_LABEL =
  /^(?:(?:(?:(?:home|postal|current|permanent|present|residential|mailing)\s+)?(?:address|location)|city|residence|adresse|anschrift|wohnort|domicile|ville|direcci[oó]n|domicilio|ciudad|residencia|localidad|endere[cç]o|morada|cidade|localiza[cç][aã]o|indirizzo|residenza|citt[aà]|adres(?:\s+zamieszkania)?|woonplaats|miejscowo[sś][cć]|miasto|адрес|город|место\s+жительства|проживание)\s*[:：]|(?:based|lives|wohnhaft)\s+in\b|проживает\s*:?|г\.|город(?=\s+\p{Lu}))\s*/iu;
// A town's name in any cased script: capitalised words, with the particles of town names between them ("Frankfurt am
// Main", "Saint-Denis", "Ciudad de México", "Ростов-на-Дону") and an Italian province's code after it ("Milano (MI)").
const TOWN_NAME =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|da|do|la|le|les|am|an|im|upon|on|sur|en|di|aan|den|der|nad|na))*(?:\s*\([A-Z]{2}\))?$/u;
// A postcode before a town: five digits (Germany, France, Spain, Italy), "1015 CJ" (the Netherlands), "00-950"
// (Poland), "1100-053" (Portugal), four digits (Austria, Switzerland, Belgium, Denmark: read only with more evidence),
// with a country's letter before it ("D-10115").
const POSTCODE_BEFORE_TOWN = /^(?:[A-Z]{1,2}-)?(\d{5}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4})\s+(\S.*)$/u;
// A UK postcode ("SW1A 1AA", "M1 1AE"), alone or after its town ("London SW1A 1AA").
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/;
const TOWN_BEFORE_UK_POSTCODE = /^(\S.*?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/u;
// The words of a street's kind in any language read, lower case and without a final dot.
const STREET_KIND_WORDS: ReadonlySet<string> = new Set([...STREET_WORDS, ...STREET_WORDS_ABROAD]);
// A place or an address is at most this long; past it a segment is a sentence.
const ADDRESS_CHARACTERS = 120;
// A town written alone on a line in a cased script other than Latin ("Москва", "Санкт-Петербург", "Αθήνα").
const NON_LATIN_TOWN_LINE =
  /^(?:\p{Script=Cyrillic}|\p{Script=Greek})+(?:-(?:\p{Script=Cyrillic}|\p{Script=Greek})+){0,3}$/u;

function guessLocation(header: readonly string[]): string | undefined {
  for (const line of header) {
    for (const rawSegment of line.split(HEADER_SEPARATORS)) {
      const place = placeOfSegment(rawSegment);
      if (place !== undefined) return place;
    }
  }
  return countryOrRegionAlone(header) ?? townLineAmongContacts(header);
}

/**
 * The place a header segment names: "Town, Region" or "Town, Country" where core knows the region or country; else the
 * part of an address from its postcode and town on ("Hauptstraße 12, 10115 Berlin" → "10115 Berlin"), kept as written.
 */
function placeOfSegment(rawSegment: string): string | undefined {
  const segment = rawSegment
    .replace(LOCATION_LABEL, '')
    .replace(/(?<![.;])[.;]+$/, '')
    .trim();
  if (segment.includes(',') && segment.length <= 80) {
    const parts = splitParts(segment);
    // Try each starting part, so "12 Main St, Springfield, IL 62704" yields "Springfield, IL 62704".
    for (let first = 0; first + 1 < parts.length; first++) {
      const place = parts.slice(first);
      if (place.length <= 4 && isPlace(place)) return place.join(', ');
    }
  }
  const trimmed = rawSegment.trim();
  const label = PLACE_LABEL.exec(trimmed);
  const value = (label ? trimmed.slice(label[0].length) : trimmed).replace(/(?<![.;])[.;]+$/, '').trim();
  if (!value || value.length > ADDRESS_CHARACTERS) return undefined;
  return placeOfAddress(splitParts(value), label !== null);
}

function splitParts(segment: string): string[] {
  return segment
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The town of an address, its street and house number dropped: after a label ("Adresse:"), after a street with a house
 * number ("Calle Mayor 5, Madrid"), or with a postcode before it ("75002 Paris", "1015 CJ Amsterdam") or a UK postcode
 * after it. The town's part and those after it (postcodes, towns, regions, countries) are kept as written.
 */
function placeOfAddress(parts: readonly string[], labelled: boolean): string | undefined {
  let first = 0;
  let streetKind = false;
  let houseNumber = false;
  for (; first < parts.length; first++) {
    const part = parts[first] as string;
    if (isTownPart(part)) break;
    if (!/\d/.test(part) && !namesStreetKind(part)) return undefined;
    streetKind ||= namesStreetKind(part);
    houseNumber ||= /\d/.test(part);
  }
  const place = parts.slice(first);
  const [town, ...rest] = place;
  if (town === undefined || place.length > 4) return undefined;
  if (
    !rest.every(
      (part) => isTownPart(part) || POSTAL_CODE.test(part) || UK_POSTCODE.test(part) || isRegionOrCountry(part),
    )
  )
    return undefined;
  const postcode = POSTCODE_BEFORE_TOWN.exec(town)?.[1];
  const lastNamesCountry = isRegionOrCountry(place[place.length - 1] as string);
  const evidence =
    labelled ||
    (streetKind && houseNumber) ||
    (postcode !== undefined && (!/^\d{4}$/.test(postcode) || lastNamesCountry)) ||
    TOWN_BEFORE_UK_POSTCODE.test(town) ||
    rest.some((part) => UK_POSTCODE.test(part));
  return evidence ? place.join(', ') : undefined;
}

/** True when a part of an address is a town: its name, with a postcode before it or a UK postcode after it. */
function isTownPart(part: string): boolean {
  const postcodeTown = POSTCODE_BEFORE_TOWN.exec(part);
  if (postcodeTown) return isTownName(postcodeTown[2] as string);
  const ukTown = TOWN_BEFORE_UK_POSTCODE.exec(part);
  if (ukTown && UK_POSTCODE.test(ukTown[2] as string)) return isTownName(ukTown[1] as string);
  return isTownName(part);
}

/** True when `text` reads as a town's name: capitalised words, none of a title, an organisation, a heading or a street. */
function isTownName(text: string): boolean {
  if (!TOWN_NAME.test(text) || classifyHeading(text)) return false;
  const words = text.replace(/\s*\([A-Z]{2}\)$/, '').split(/\s+/);
  return (
    words.length <= 4 &&
    words.every((word) => {
      const lower = word.toLowerCase().replace(/\.$/, '');
      return !NOT_NAME_WORDS.has(lower) && !ADDRESS_WORDS.has(lower) && !STREET_KIND_WORDS.has(lower);
    })
  );
}

/** True when a part of an address names a street's kind ("rue", "Calle", "ul.", "Hauptstraße 12"). */
function namesStreetKind(part: string): boolean {
  return (
    STREET_WITH_NUMBER.test(part) ||
    part.split(/\s+/).some((word) => STREET_KIND_WORDS.has(word.toLowerCase().replace(/(?<=\p{L})\.$/u, '')))
  );
}

/**
 * A header segment that is only a country's or region's name core knows ("Deutschland", "Karnataka"), past the
 * header's first line (where the name is).
 */
function countryOrRegionAlone(header: readonly string[]): string | undefined {
  for (const line of header.slice(1)) {
    for (const rawSegment of line.split(HEADER_SEPARATORS)) {
      const segment = rawSegment.trim();
      if (/^\p{Lu}[\p{L} .'’-]+$/u.test(segment) && isPlaceName(segment)) return segment;
    }
  }
  return undefined;
}

/**
 * A one-word line in Cyrillic or Greek ("Москва") right after a line of contact details (an e-mail, a phone, a link)
 * and followed by nothing but contact lines: the town, written where the contact details are; a job title's word
 * ("Тестировщик", the experience reader's isTitleWord) is none.
 */
function townLineAmongContacts(header: readonly string[]): string | undefined {
  for (let index = 1; index < header.length; index++) {
    const line = header[index] as string;
    if (!NON_LATIN_TOWN_LINE.test(line) || !isTownName(line) || isTitleWord(line) || isPersonalDetailsHeading(line))
      continue;
    if (!isContactLine(header[index - 1] as string)) continue;
    if (header.slice(index + 1).every(isContactLine)) return line;
  }
  return undefined;
}

// An e-mail, a link or seven digits or more: a line of contact details.
function isContactLine(line: string): boolean {
  return /@|https?:\/\/|www\.|\.(?:com|ru|org|net)\/|(?:\d[\s().+-]{0,3}){7}/.test(line);
}

// A city, then districts or regions, ending (postal codes aside) in a known region, country or code.
function isPlace(parts: readonly string[]): boolean {
  const [city, ...rest] = parts;
  if (!city || !CITY.test(city) || city.split(/\s+/).length > 4) return false;
  if (
    city
      .split(/\s+/)
      .some(
        (word) => NOT_NAME_WORDS.has(word.toLowerCase()) || ADDRESS_WORDS.has(word.toLowerCase().replace(/\.$/, '')),
      )
  )
    return false;
  let lastNamed = false;
  for (const part of rest) {
    if (POSTAL_CODE.test(part)) continue;
    const code = CODE_WITH_POSTAL_CODE.exec(part)?.[1];
    if (!code && !REGION.test(part)) return false;
    lastNamed = isRegionOrCountry(code ?? part);
  }
  return lastNamed;
}
