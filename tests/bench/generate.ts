/**
 * Deterministic generator of realistic UK school reports for the benchmark.
 *
 * A report is built from sentence templates with slots: `{first}`, `{his}`, `{subject}`, …
 * are filled from the pupil and the subject being written about, and `[a|b|c]` picks one of
 * several wordings. The same (words, kind, seed) always gives the same text.
 */

export type ReportKind = 'primary' | 'secondary';

/** Words as the benchmark counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32)

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = (seed * 0x9e3779b1) >>> 0 || 0x6d2b79f5;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `count` different items, in random order. */
  some<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// People, schools and subjects

const GIRLS = [
  'Amira', 'Priya', 'Olivia', 'Aisha', 'Chloe', 'Zara', 'Grace', 'Maya', 'Fatima', 'Ellie', 'Sophie', 'Hannah',
  'Niamh', 'Freya', 'Isla', 'Ava', 'Mia', 'Layla', 'Ruby', 'Poppy', 'Aaliyah', 'Keira', 'Siobhan', 'Megan',
  'Jasmine', 'Nadia', 'Eilidh', 'Ffion', 'Harriet', 'Kiran', 'Leah', 'Zainab', 'Oluwaseun', 'Agnieszka', 'Anya',
];
const BOYS = [
  'Mohammed', 'Oliver', 'Harry', 'Jayden', 'Kwame', 'Arjun', 'Liam', 'Noah', 'Ethan', 'Yusuf', 'Callum', 'Rhys',
  'Tomasz', 'Ibrahim', 'Leo', 'Jack', 'Ollie', 'Reuben', 'Finlay', 'Dylan', 'Aarav', 'Kieran', 'Declan', 'Musa',
  'Jacob', 'Samuel', 'Rory', 'Tyler', 'Bilal', 'Osian', 'Daniel', 'Chidi', 'Mateusz', 'Hamza', 'Alfie',
];
const SURNAMES = [
  'Hussain', 'Sharma', 'Smith', 'Jones', 'Williams', 'Okafor', 'Patel', 'Khan', 'Taylor', 'Brown', 'Davies',
  'Evans', 'Wilson', 'Thomas', 'Roberts', 'Ahmed', 'Begum', 'Kowalski', 'Nowak', 'Adeyemi', 'Campbell', 'Murphy',
  "O'Neill", 'MacDonald', 'Singh', 'Kaur', 'Ali', 'Mensah', 'Hughes', 'Clarke', 'Wright', 'Walker', 'Green',
  'Baker', 'Lewis-Hall', 'Nguyen', 'Chen', 'Rahman', 'Osei', 'Fraser', 'Kelly', 'Edwards', 'Price', 'Morgan',
];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs', 'Ms', 'Dr.'];

const PRIMARY_SCHOOLS = [
  'Oakfield Primary School', 'St. Mary\'s C of E Primary School', 'Brook Lane Infant and Junior School',
  'Hillcrest Community Primary', 'Riverside Primary Academy', 'Holy Family Catholic Primary School',
  'Greenway Junior School', 'Meadowbank Primary School',
];
const SECONDARY_SCHOOLS = [
  'Kingsmead Academy', 'Castle Hill High School', 'St. Aidan\'s Catholic College', 'Northgate School',
  'Westfield Community School', 'The Ridgeway Academy', 'Bishop Lane High School', 'Harbour View College',
];
const CLASS_NAMES = ['Willow', 'Oak', 'Rowan', 'Hazel', 'Birch', 'Chestnut', 'Maple', 'Cedar', 'Elm', 'Ash'];
const TERMS = ['autumn term', 'spring term', 'summer term'];
const MONTHS = ['September', 'October', 'November', 'December', 'January', 'February', 'March', 'April', 'May', 'June'];
const CLUBS = [
  'choir', 'the chess club', 'netball club', 'the eco council', 'football training', 'the coding club',
  'the school council', 'drama club', 'the library team', 'gardening club', 'the orchestra', 'Duke of Edinburgh',
];
const BOOKS = [
  'The Iron Man', 'Charlotte\'s Web', 'Holes', 'Wonder', 'The Boy at the Back of the Class', 'Street Child',
  'Kensuke\'s Kingdom', 'Goodnight Mister Tom', 'Varjak Paw', 'The Explorer',
];

interface SubjectInfo {
  name: string;
  /** How the subject reads inside a sentence ("maths", "science"). */
  inline: string;
  topics: string[];
}

const PRIMARY_SUBJECTS: Record<'reading' | 'writing' | 'maths' | 'science', SubjectInfo> = {
  reading: {
    name: 'Reading', inline: 'reading',
    topics: ['inference', 'retrieval questions', 'summarising a chapter', 'reading aloud with expression',
      'explaining the meaning of new words', 'comparing characters', 'predicting what happens next'],
  },
  writing: {
    name: 'Writing', inline: 'writing',
    topics: ['using full stops and capital letters', 'joined handwriting', 'paragraphs', 'fronted adverbials',
      'speech marks', 'spelling the Year {year} word list', 'editing her own work', 'expanded noun phrases',
      'persuasive letters', 'the passive voice'],
  },
  maths: {
    name: 'Mathematics', inline: 'maths',
    topics: ['place value', 'column addition', 'short division', 'fractions', 'telling the time', 'the 7 and 8 times tables',
      'reasoning problems', 'measuring angles', 'decimals and percentages', 'long multiplication'],
  },
  science: {
    name: 'Science', inline: 'science',
    topics: ['plants', 'the water cycle', 'electrical circuits', 'forces and magnets', 'the human body',
      'rocks and soils', 'light and shadows', 'living things and their habitats'],
  },
};
const FOUNDATION = [
  { name: 'History', topic: ['the Romans in Britain', 'the Great Fire of London', 'the Victorians', 'Ancient Egypt', 'the Stone Age'] },
  { name: 'Geography', topic: ['rivers and mountains', 'map reading', 'our local area', 'South America', 'climate zones'] },
  { name: 'Art and design', topic: ['clay sculpture', 'observational drawing', 'printing', 'collage'] },
  { name: 'Music', topic: ['the recorder', 'singing in parts', 'the ukulele', 'keeping a steady beat'] },
  { name: 'PE', topic: ['gymnastics', 'swimming', 'tag rugby', 'dance', 'athletics'] },
  { name: 'Computing', topic: ['Scratch coding', 'online safety', 'making a slideshow', 'debugging'] },
  { name: 'RE', topic: ['festivals of light', 'places of worship', 'stories from different faiths'] },
  { name: 'French', topic: ['colours and numbers', 'ordering food', 'describing the weather'] },
];

const SECONDARY_SUBJECTS: SubjectInfo[] = [
  { name: 'English Language', inline: 'English Language', topics: ['analysing language', 'descriptive writing', 'comparing viewpoints', 'Paper 1 Question 4'] },
  { name: 'English Literature', inline: 'English Literature', topics: ['Macbeth', 'An Inspector Calls', 'A Christmas Carol', 'the power and conflict poems', 'unseen poetry'] },
  { name: 'Mathematics', inline: 'maths', topics: ['simultaneous equations', 'trigonometry', 'probability trees', 'vectors', 'surds', 'quadratic graphs', 'ratio and proportion'] },
  { name: 'Combined Science', inline: 'science', topics: ['required practicals', 'electrolysis', 'genetics', 'forces and motion', 'energy changes', 'the periodic table'] },
  { name: 'Biology', inline: 'biology', topics: ['cell division', 'homeostasis', 'ecology', 'inheritance'] },
  { name: 'Chemistry', inline: 'chemistry', topics: ['moles calculations', 'bonding', 'rates of reaction', 'organic chemistry'] },
  { name: 'Physics', inline: 'physics', topics: ['electricity', 'waves', 'particle model', 'magnetism'] },
  { name: 'History', inline: 'history', topics: ['Weimar and Nazi Germany', 'the Cold War', 'Elizabethan England', 'medicine through time'] },
  { name: 'Geography', inline: 'geography', topics: ['coasts', 'urban issues', 'tectonic hazards', 'fieldwork write-up'] },
  { name: 'French', inline: 'French', topics: ['the speaking exam', 'translation', 'listening skills', 'the perfect tense'] },
  { name: 'Spanish', inline: 'Spanish', topics: ['vocabulary learning', 'the preterite', 'writing at length'] },
  { name: 'Computer Science', inline: 'computer science', topics: ['Python programming', 'algorithms', 'binary and hexadecimal', 'networks'] },
  { name: 'Art and Design', inline: 'art', topics: ['the sketchbook', 'artist research', 'the final piece'] },
  { name: 'Religious Studies', inline: 'RE', topics: ['ethics', 'Christian beliefs', 'Islamic practices', 'evaluation questions'] },
  { name: 'Design and Technology', inline: 'DT', topics: ['the NEA', 'materials', 'iterative design'] },
  { name: 'Physical Education', inline: 'PE', topics: ['the theory paper', 'fitness testing', 'the coursework analysis'] },
  { name: 'Business', inline: 'business', topics: ['cash flow', 'marketing', 'case studies'] },
  { name: 'Music', inline: 'music', topics: ['composition', 'set works', 'performance'] },
];

// ---------------------------------------------------------------------------------------------
// Slots and templates

interface Pupil {
  first: string;
  last: string;
  girl: boolean;
  year: number;
}

/** What the sentence is about right now. */
interface Scene {
  pupil: Pupil;
  subject: string;
  topic: string;
  teacher: string;
  /** Primary teacher assessment code for the subject. */
  code: 'WTS' | 'EXS' | 'GDS';
  target: number;
  working: number;
  predicted: number;
  atl: number;
  attendance: number;
  /** The last standard age score written. */
  sas: number;
}

const STANDARD: Record<Scene['code'], string[]> = {
  WTS: ['working towards the expected standard (WTS)', 'working towards the expected standard', 'WTS'],
  EXS: ['working at the expected standard (EXS)', 'at the expected standard', 'EXS'],
  GDS: ['working at greater depth (GDS)', 'working at greater depth within the expected standard', 'GDS'],
};

type Slot = (r: Rng, s: Scene) => string;

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
function stanineOf(sas: number): number {
  const bounds = [74, 81, 88, 96, 103, 111, 118, 126];
  let stanine = 1;
  for (const b of bounds) if (sas >= b) stanine++;
  return stanine;
}
const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function teacherName(r: Rng): string {
  return `${r.pick(TITLES)} ${r.pick(SURNAMES)}`;
}

const SLOTS: Record<string, Slot> = {
  first: (_, s) => s.pupil.first,
  full: (_, s) => `${s.pupil.first} ${s.pupil.last}`,
  he: (_, s) => (s.pupil.girl ? 'she' : 'he'),
  He: (_, s) => (s.pupil.girl ? 'She' : 'He'),
  him: (_, s) => (s.pupil.girl ? 'her' : 'him'),
  his: (_, s) => (s.pupil.girl ? 'her' : 'his'),
  His: (_, s) => (s.pupil.girl ? 'Her' : 'His'),
  himself: (_, s) => (s.pupil.girl ? 'herself' : 'himself'),
  year: (_, s) => String(s.pupil.year),
  subject: (_, s) => s.subject,
  Subject: (_, s) => cap(s.subject),
  topic: (_, s) => s.topic,
  teacher: (_, s) => s.teacher,
  other: (r) => teacherName(r),
  code: (_, s) => s.code,
  std: (r, s) => r.pick(STANDARD[s.code]),
  target: (_, s) => String(s.target),
  working: (_, s) => String(s.working),
  predicted: (_, s) => String(s.predicted),
  atl: (_, s) => String(s.atl),
  grade: (r) => String(r.int(1, 9)),
  fft: (_, s) => String(Math.min(9, s.target + (s.target < 9 && s.working >= s.target ? 1 : 0))),
  att: (_, s) => one(s.attendance),
  phonics: (r) => String(r.int(18, 40)),
  mtc: (r) => String(r.int(9, 25)),
  ks2: (r) => String(r.int(88, 118)),
  ks1: (r) => String(r.int(87, 112)),
  sas: (r, s) => String((s.sas = r.int(84, 128))),
  /** The stanine of the last SAS written, as CAT4 reports pair them. */
  stanine: (_, s) => String(stanineOf(s.sas)),
  score: (r) => String(r.int(34, 97)),
  pct: (r) => String(r.int(8, 96)),
  p8: (r) => (r.chance(0.6) ? '+' : '-') + (r.int(2, 95) / 100).toFixed(2),
  days: (r) => String(r.int(3, 21)),
  club: (r) => r.pick(CLUBS),
  book: (r) => r.pick(BOOKS),
  term: (r) => r.pick(TERMS),
  month: (r) => r.pick(MONTHS),
  minutes: (r) => String(r.pick([10, 15, 20, 30])),
};

/** Fills `[a|b]` choices, then `{slot}`s. */
function fill(template: string, r: Rng, s: Scene): string {
  const chosen = template.replace(/\[([^\]]*)\]/g, (_, options: string) => r.pick(options.split('|')));
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const slot = SLOTS[name];
    return slot ? slot(r, s) : whole;
  });
}

// Primary: comments on one core subject.
const PRIMARY_SUBJECT_LINES = [
  '{first} has worked hard in {subject} this term and is now {std}.',
  'In {subject}, {first} is {std}, and {he} [should be very proud of this|has made steady progress since September|has grown in confidence week by week].',
  '{He} has particularly enjoyed our work on {topic} and can now explain [what {he} is doing|{his} thinking|each step] clearly.',
  'At the moment {first} is {std} in {subject}; {his} next step is to practise {topic} a little every day.',
  '{first} [finds|still finds] {topic} tricky, but {he} never gives up and asks for help when {he} needs it.',
  'With more practice at home, I am confident {he} will reach the expected standard (EXS) by the end of the year.',
  '{His} teacher assessment for {subject} this term is {code}.',
  '{first} works well in a small group with {other}, and this extra support is helping {him} with {topic}.',
  'When {he} checks {his} work carefully, {first} makes far fewer mistakes.',
  '{He} is beginning to use what {he} has learnt about {topic} without being reminded.',
  '{first} listens carefully during lessons and [always|usually|often] has a sensible answer ready.',
  'I have been impressed by how much {first} has improved in {subject} since the {term}.',
  '{first} is {std} in {subject}, which is [a real improvement on last year|where we would expect {him} to be|above what we predicted in {month}].',
  'Please keep encouraging {first} to talk about {topic} at home, as it really helps.',
  '{He} sometimes rushes {his} work and needs to slow down so that {his} ideas are clear.',
];

const READING_LINES = [
  '{first} reads [fluently|confidently|with growing confidence] and enjoys books such as {book}.',
  '{He} can answer retrieval questions well, but inference questions ("Why do you think...?") are still a challenge.',
  'Please read with {first} for {minutes} minutes each evening and sign {his} reading record.',
  '{first} has moved up to the [purple|gold|white|lime] book band this term.',
  'In {his} phonics screening check {first} scored {phonics}/40, and the pass mark is 32.',
  '{His} phonics check score was {phonics} out of 40.',
  '{first} [loves|really enjoys] reading aloud to the class and uses different voices for each character.',
];

const WRITING_LINES = [
  '{first} writes interesting sentences and is starting to use fronted adverbials and expanded noun phrases.',
  '{His} handwriting is [neat and joined|becoming more consistent|still a target for next year], and {he} takes pride in presentation.',
  'Spelling is an area to work on: {first} should practise the Year {year} common exception words at home.',
  'In writing {first} is {std}; {he} needs to use full stops and capital letters more carefully.',
  '{His} story about {topic} was shared in our celebration assembly.',
  '{first} can now organise {his} writing into paragraphs and edit it using a purple pen.',
];

const MATHS_LINES = [
  '{first} knows {his} number bonds to 20 and is learning {his} times tables with enthusiasm.',
  'In the multiplication tables check (MTC) {first} scored {mtc}/25.',
  '{His} times tables check score was {mtc} out of 25, so please keep practising on Times Tables Rock Stars.',
  '{first} can solve two-step word problems and explain {his} reasoning using a bar model.',
  'In {his} KS2 SATs {first} achieved a scaled score of {ks2} in maths.',
  '{first} is {std} in maths, and {his} arithmetic is [accurate|quick|improving quickly].',
];

const PRIMARY_GENERAL = [
  '{first} is a kind and thoughtful member of {class}, and {he} is always willing to help others.',
  '{He} has taken part in {club} this year and has clearly enjoyed it.',
  '{first} follows our school values and is a good role model for younger children.',
  'Sometimes {first} finds it hard to settle after lunchtime, and we are working on this together.',
  '{first} has shown real resilience this year, especially when learning felt difficult.',
  '{He} has made good friendships and plays well with others on the playground.',
  '{first} needs to remember {his} PE kit and reading book every day.',
  'It has been a pleasure to teach {first} this year, and I wish {him} every success in Year {next}.',
  '{first} contributes thoughtfully to class discussions and respects other people\'s views.',
];

const PRIMARY_FOUNDATION_LINES = [
  '{first} enjoyed learning about {topic} and produced some lovely work.',
  'In {subject}, {he} [showed real curiosity|asked thoughtful questions|worked well with a partner] during our unit on {topic}.',
  '{first} is working at the expected standard in {subject}.',
  '{His} work on {topic} showed good effort and care.',
  '{first} could try to share {his} ideas more often in {subject} lessons.',
];

const NEXT_STEPS_PRIMARY = [
  'To read every day and talk about what {he} has read.',
  'To learn the 6, 7, 8 and 9 times tables off by heart.',
  'To use a range of punctuation, including commas in lists and apostrophes.',
  'To check {his} work for missing capital letters and full stops.',
  'To explain {his} reasoning in maths using full sentences.',
  'To spell the Year {year} common exception words correctly.',
  'To be more confident when sharing ideas in class.',
  'To use {his} phonics to sound out longer words.',
  'To set out written calculations neatly, one digit per square.',
];

const HEAD_LINES = [
  'What a lovely report, {first}. Well done for all your hard work this year.',
  '{first}, I am delighted to read about your progress. Keep it up in Year {next}!',
  'Thank you for being such a positive member of our school community, {first}.',
  'A very good year, {first}. Remember that every day at school counts.',
  'Mrs. {head} and all the staff are proud of you, {first}.',
];

// Secondary: subject comments.
const SECONDARY_SUBJECT_LINES = [
  '{first} has made [good|steady|excellent|some] progress in {subject} this term and is currently working at a grade {working}.',
  '{His} target grade is {target}, and {his} FFT target is {fft}.',
  '{first} is working towards a target of a {target}. {He} will need to revise {topic} carefully before the mocks.',
  'At present {first} is predicted a grade {predicted}, which is [in line with|above|just below] {his} target.',
  '{His} ATL this term is {atl}, and {he} [contributes well to lessons|completes homework on time|could be more focused in lessons].',
  'In the recent assessment on {topic}, {first} achieved a grade {grade}.',
  '{first} must complete all homework set on Google Classroom by the deadline.',
  'To move from a {working} to a {target}, {first} should [practise past papers|use the revision guide|attend the Thursday intervention session] every week.',
  '{first} asks thoughtful questions and is not afraid to make mistakes.',
  'Attitude to learning (ATL): {atl}. {first} works [independently|well with others|best when sitting near the front].',
  '{first} found {topic} challenging but showed real determination.',
  '{His} mock exam grade was {grade}. {He} lost marks on the longer answers, especially the six-mark questions.',
  'I would like {first} to bring the correct equipment to every lesson, including a scientific calculator.',
  '{first} is capable of a grade {target} or higher if {he} keeps up this effort.',
  '{He} has a strong grasp of {topic}, and {his} written answers are well structured.',
  'Please encourage {first} to use the revision resources on Google Classroom.',
  'Predicted grade: {predicted}. Target grade: {target}. FFT 20 estimate: {fft}.',
  '{first} sometimes talks when {he} should be listening, and this has affected {his} progress in {subject}.',
  '{first} achieved {score}% in the end-of-unit test on {topic}.',
  'Well done on a great piece of coursework, {first}.',
];

const TUTOR_LINES = [
  '{first} is a polite and friendly member of the tutor group.',
  '{His} attendance this year is {att}%, [which is excellent|which is just below the school target of 96%|and we would like to see this improve].',
  '{first} has {days} behaviour points and [no|two|three] sanctions this term.',
  '{He} takes part in {club}, which shows great commitment.',
  '{first} has been a reliable form representative and supports younger students as a reading mentor.',
  'Over the {term}, {first} has become more organised and is now using {his} planner well.',
  'I would like {first} to be on time every morning; {he} has been late {days} times since {month}.',
  '{first} should aim for a Progress 8 score above zero, which means doing better than similar students nationally.',
  '{first} has started thinking about post-16 options and has an appointment with our careers adviser.',
  'Please contact {teacher}, {first}\'s Head of Year, if you have any questions about this report.',
];

const ATTENDANCE_LINES = [
  '{first}\'s attendance is {att}%.',
  'Attendance: {att}%. The school target is 96% or above.',
  'Attendance this year: {att}% ({days} days missed).',
  '{first} has attended {att}% of sessions since {month}.',
];

const PA_LINES = [
  'As {his} attendance is below 90%, {first} is classed as a persistent absentee (PA).',
  'Because attendance is under 90%, {first} now meets the PA threshold and our attendance officer, {other}, will be in touch.',
  'Attendance {att}% (PA). Every day missed makes it harder to keep up.',
];

const SEND_LINES = [
  '{first} has an EHCP and receives support from our SENCo, {other}, and a teaching assistant in maths and English.',
  '{first} is on the SEN register (SEN support), and {his} learning plan is reviewed each term with the SENCo.',
  '{first} uses a laptop and has 25% extra time in exams as an access arrangement.',
  'Our SENCo, {other}, would be happy to meet you to discuss {first}\'s support plan.',
];

const CAT4_LINES = [
  'CAT4: verbal SAS {sas}, non-verbal SAS {sas}, quantitative SAS {sas}, spatial SAS {sas}. Mean SAS {sas} (stanine {stanine}, national percentile {pct}).',
  '{first} took the CAT4 tests in Year 7. {His} mean standard age score (SAS) was {sas}, which is stanine {stanine}.',
  '{His} CAT4 profile shows a strength in [verbal|spatial|quantitative] reasoning, with a score of {sas}.',
];

const P8_LINES = [
  'Progress 8 compares a student\'s results with those of students nationally who had similar KS2 results.',
  'Based on {his} KS2 scaled score of {ks2} in maths, {first}\'s estimated Progress 8 score is {p8}.',
  'A Progress 8 score of 0 means a student has made average progress; {first} is currently at {p8}.',
  '{His} Attainment 8 estimate is {a8}, and {his} Progress 8 estimate is {p8}.',
];

const MOCK_LINES = [
  'In the November mocks {first} achieved grades {grade}, {grade} and {grade} in English, maths and science.',
  'The mocks in {month} showed that {first} needs to spend more time on exam technique.',
  '{first}\'s mock results are listed above. {He} should use them to plan a revision timetable.',
  'Year 11 mocks will take place in {month}. Revision lists are on the school website.',
];

const HOY_LINES = [
  '{first}, you have had a positive {term}. Keep working hard and aim for your target grades.',
  'A mixed report, {first}. Your teachers know you can do better, especially in {subject}.',
  'Well done, {first}. Your ATL grades show that you are a committed learner.',
  '{first}, please make attendance a priority next term: it is currently {att}%.',
];

const LETTER_LINES = [
  'Dear Parent/Carer,',
  'Please find enclosed {first}\'s report for the {term}.',
  'Parents\' evening for Year {year} will be held on Thursday 14 {month}, from 4.00 p.m. to 7.00 p.m.',
  'If you have any questions, please email the school office or speak to {teacher}.',
  'Yours sincerely,',
];

// ---------------------------------------------------------------------------------------------
// Report builders

const EXTRA_SLOTS: Record<string, Slot> = {
  next: (_, s) => String(s.pupil.year + 1),
  class: (r) => `${r.pick(CLASS_NAMES)} Class`,
  head: (r) => r.pick(SURNAMES),
  a8: (r) => String(r.int(25, 78)),
};
Object.assign(SLOTS, EXTRA_SLOTS);

function makePupil(r: Rng, kind: ReportKind): Pupil {
  const girl = r.chance(0.5);
  return {
    first: r.pick(girl ? GIRLS : BOYS),
    last: r.pick(SURNAMES),
    girl,
    year: kind === 'primary' ? r.int(1, 6) : r.int(7, 11),
  };
}

function makeScene(r: Rng, pupil: Pupil, attendance: number): Scene {
  const target = r.int(3, 9);
  const working = Math.max(1, Math.min(9, target + r.int(-2, 1)));
  return {
    pupil, subject: 'English', topic: '', teacher: teacherName(r), code: r.pick(['WTS', 'EXS', 'EXS', 'EXS', 'GDS'] as const),
    target, working, predicted: Math.max(1, Math.min(9, working + r.int(0, 1))), atl: r.pick([1, 2, 2, 2, 3, 3, 4]),
    attendance, sas: 100,
  };
}

function sentences(r: Rng, s: Scene, banks: readonly (readonly string[])[], count: number): string {
  const pool = banks.flat();
  return r.some(pool, count).map((t) => fill(t, r, s)).join(' ');
}

function attendanceFor(r: Rng): number {
  // Most children attend well; about one in six is a persistent absentee.
  return r.chance(0.16) ? 78 + r.next() * 11.9 : 90 + r.next() * 10;
}

function primaryReport(r: Rng): string {
  const pupil = makePupil(r, 'primary');
  const s = makeScene(r, pupil, attendanceFor(r));
  const out: string[] = [];
  const school = r.pick(PRIMARY_SCHOOLS);
  out.push(school, `${r.pick(['End of Year Report', 'Annual Report to Parents', 'Summer Term Report'])} 2024–25`, '');
  out.push(`Pupil: ${pupil.first} ${pupil.last}`, `Class: Year ${pupil.year} (${r.pick(CLASS_NAMES)})`, `Class teacher: ${s.teacher}`);
  out.push(`Attendance: ${one(s.attendance)}%${s.attendance < 90 ? ' (PA)' : ''}`, '');
  if (s.attendance < 90) out.push(fill(r.pick(PA_LINES), r, s), '');

  const core: [keyof typeof PRIMARY_SUBJECTS, readonly string[]][] = [
    ['reading', READING_LINES], ['writing', WRITING_LINES], ['maths', MATHS_LINES], ['science', []],
  ];
  for (const [key, own] of core) {
    const info = PRIMARY_SUBJECTS[key];
    s.subject = info.inline;
    s.topic = fill(r.pick(info.topics), r, s);
    s.code = r.pick(['WTS', 'EXS', 'EXS', 'EXS', 'GDS'] as const);
    out.push(info.name, `Teacher assessment: ${s.code}`);
    out.push(sentences(r, s, own.length > 0 ? [own, own, PRIMARY_SUBJECT_LINES] : [PRIMARY_SUBJECT_LINES], r.int(3, 5)), '');
  }
  if (pupil.year === 6) {
    out.push('Key Stage 2 National Curriculum Tests (SATs)');
    out.push(`Reading: scaled score ${SLOTS.ks2!(r, s)}`, `Maths: scaled score ${SLOTS.ks2!(r, s)}`,
      `Grammar, punctuation and spelling: scaled score ${SLOTS.ks2!(r, s)}`);
    out.push('A scaled score of 100 or more means the pupil has met the expected standard. Scores range from 80 to 120.', '');
  } else if (pupil.year === 4) {
    out.push('Multiplication Tables Check', fill('{first} scored {mtc}/25 in the times tables check in June.', r, s), '');
  } else if (pupil.year <= 2) {
    out.push('Phonics Screening Check', fill('{first} scored {phonics}/40. The expected standard this year was 32 out of 40.', r, s), '');
  }

  out.push('Foundation subjects');
  for (const f of r.some(FOUNDATION, r.int(3, 5))) {
    s.subject = f.name === 'PE' || f.name === 'RE' ? f.name : f.name.toLowerCase();
    s.topic = r.pick(f.topic);
    out.push(`${f.name}: ${sentences(r, s, [PRIMARY_FOUNDATION_LINES], r.int(1, 2))}`);
  }
  out.push('', 'Personal, social and emotional development', sentences(r, s, [PRIMARY_GENERAL], r.int(3, 5)), '');
  out.push('Next steps');
  for (const step of r.some(NEXT_STEPS_PRIMARY, r.int(2, 4))) out.push(`- ${fill(step, r, s)}`);
  out.push('', `Class teacher's comment (${s.teacher})`);
  s.subject = r.pick(['reading', 'writing', 'maths']);
  out.push(sentences(r, s, [PRIMARY_GENERAL, PRIMARY_SUBJECT_LINES], r.int(3, 4)), '');
  out.push("Headteacher's comment", fill(r.pick(HEAD_LINES), r, s), '');
  if (r.chance(0.3)) {
    out.push(...LETTER_LINES.map((t) => fill(t, r, s)), teacherName(r), 'Headteacher', '');
  }
  out.push('', '');
  return out.join('\n');
}

function secondaryReport(r: Rng): string {
  const pupil = makePupil(r, 'secondary');
  const s = makeScene(r, pupil, attendanceFor(r));
  const out: string[] = [];
  const tutor = s.teacher;
  const initials = `${pupil.year}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`;
  out.push(r.pick(SECONDARY_SCHOOLS), `Year ${pupil.year} ${r.pick(['Progress Report', 'Interim Report', 'Full Report'])}, ${cap(r.pick(TERMS))} 2024–25`, '');
  out.push(`Student: ${pupil.first} ${pupil.last}`, `Tutor group: ${initials}`, `Form tutor: ${tutor}`, `Head of Year: ${teacherName(r)}`);
  out.push(`Attendance: ${one(s.attendance)}%${s.attendance < 90 ? ' (PA)' : ''}    Punctuality: ${one(95 + r.next() * 5)}%`, '');
  out.push(fill(r.pick(CAT4_LINES), r, s), '');
  out.push('Key: grades are GCSE grades 9–1, where 9 is the highest. ATL 1 = Excellent, 2 = Good, 3 = Requires improvement, 4 = Cause for concern.', '');

  const subjects = r.some(SECONDARY_SUBJECTS, r.int(6, 9));
  const scenes = subjects.map((subject) => {
    const scene = makeScene(r, pupil, s.attendance);
    scene.subject = subject.inline;
    scene.topic = r.pick(subject.topics);
    return { subject, scene };
  });
  out.push('Summary of grades');
  for (const { subject, scene } of scenes) {
    out.push(`${subject.name} (${scene.teacher}): target ${scene.target}, working at ${scene.working}, predicted ${scene.predicted}, ATL ${scene.atl}`);
  }
  out.push('');
  for (const { subject, scene } of scenes) {
    out.push(`${subject.name}: ${scene.teacher}`);
    out.push(sentences(r, scene, [SECONDARY_SUBJECT_LINES], r.int(3, 5)), '');
  }
  if (pupil.year === 11 || (pupil.year === 10 && r.chance(0.5))) out.push('Mock examinations', sentences(r, s, [MOCK_LINES], 2), '');
  if (pupil.year >= 10) out.push('Progress 8', sentences(r, s, [P8_LINES], 2), '');
  if (r.chance(0.2)) out.push('Special educational needs (SEND)', sentences(r, s, [SEND_LINES], 2), '');
  out.push(`Attendance and punctuality`, sentences(r, s, [ATTENDANCE_LINES], 1));
  if (s.attendance < 90) out.push(fill(r.pick(PA_LINES), r, s));
  out.push('', `Form tutor's comment (${tutor})`, sentences(r, s, [TUTOR_LINES], r.int(3, 5)), '');
  s.subject = scenes[0]!.scene.subject;
  out.push("Head of Year's comment", fill(r.pick(HOY_LINES), r, s), '');
  if (r.chance(0.25)) out.push(...LETTER_LINES.map((t) => fill(t, r, s)), teacherName(r), `Head of Year ${pupil.year}`, '');
  out.push('', '');
  return out.join('\n');
}

/** Cuts a text after its `words`-th word, ending on a full stop. */
function cutAt(text: string, words: number): string {
  const re = /\S+/g;
  let seen = 0;
  let end = text.length;
  while (re.exec(text)) {
    if (++seen === words) {
      end = re.lastIndex;
      break;
    }
  }
  const cut = text.slice(0, end);
  return /[.!?]$/.test(cut) ? cut : `${cut.replace(/[,;:]$/, '')}.`;
}

/**
 * Realistic UK school reports, one pupil after another, exactly `words` words long
 * (whitespace-separated). Deterministic for a given seed.
 */
export function generateReport(words: number, kind: ReportKind, seed = 1): string {
  const r = new Rng(seed * 2 + (kind === 'primary' ? 0 : 1));
  const parts: string[] = [];
  let total = 0;
  while (total < words) {
    const report = kind === 'primary' ? primaryReport(r) : secondaryReport(r);
    const count = wordCount(report);
    if (total + count >= words) {
      parts.push(cutAt(report, words - total));
      total = words;
    } else {
      parts.push(report);
      total += count;
    }
  }
  return parts.join('');
}
