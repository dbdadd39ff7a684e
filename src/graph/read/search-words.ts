/**
 * The word lists that search reads a typed phrase by (search-phrase.ts,
 * search-intent.ts): which words frame it, which stand for twitching, for a
 * medicine or for people, and which say how a condition runs.
 */

/**
 * Words that frame a phrase rather than name anything: function words, the
 * question's and the story's words ("why do I keep getting", "my mum has"),
 * the links between a cause and its twitching ("from", "after",
 * "caused by"), and what a question asks of a treatment ("is X used for",
 * "does X help", "should I take X"). They are left out of both the typed words and the names, so
 * "people with epilepsy" is held whole by "can people with epilepsy get it".
 * "no", "not" and "without" are not among them: they change what is named.
 */
export const FRAMING_WORDS = new Set(
  [
    'a an the and or of to in into on at by for from with through under over across as about than then so too very also',
    'is are was were be been being am do does did done can could should would will may might must',
    'i im me my mine we us our you your he she his her him they them their it its this that these',
    'there here what whats why how when where which who whom whose',
    'keep keeps kept get gets getting got have has had having go goes going give gives gave',
    'mum mom mother dad father son daughter wife husband friend',
    'cause causes caused causing due because since after before during while',
    'just really still again always ever any some same such other lot lots now anymore lately recently nowadays',
    'mean means happen happens happening thing things',
    'more less most likely unlikely often usually sometimes possible please know tell',
    'use used uses using help helps helped helping work works worked working',
    'take takes taking took try tried trying good best effective safe okay ok',
    'reason reasons trigger triggers brought bring brings result results given prescribed',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether the word at i is what a question asks whether something is ("is it
 * normal to twitch", "is this common", "are hypnic jerks dangerous?"): it
 * frames the question, and names no normal form of twitching. After the
 * thing asked about, it ends a question that begins by asking ("are ...
 * dangerous", "is ... serious"); "is it" and the like may come anywhere.
 */
export const asksIfNormal = (words: string[], i: number) =>
  ASKED_IF.has(words[i]!) &&
  i > 0 &&
  (['it', 'this', 'that'].includes(words[i - 1]!) ||
    (i === words.length - 1 && i > 1 && ASKING_IF.has(words[0]!)));
const ASKED_IF = new Set(['normal', 'common', 'usual', 'harmless', 'serious', 'dangerous']);
/** The words a question whether something is begins with. */
const ASKING_IF = new Set(['is', 'are', 'was', 'were']);

/**
 * Whether the word at i is of a span of time said after what happens over it
 * ("worse over time", "get worse over the years"): it says how long, as
 * "getting worse" already does, and names nothing of its own, so that "jerks
 * that get worse over the years" names myoclonus that gets worse as "jerks
 * that get worse" does.
 */
export function overTime(words: string[], i: number): boolean {
  const at = words[i] === 'over' ? i : words[i - 1] === 'over' ? i - 1 : i - 2;
  if (words[at] !== 'over') return false;
  const span = words[at + 1] === 'the' ? at + 2 : at + 1;
  return SPANS_OF_TIME.has(words[span] ?? '') && i <= span;
}
const SPANS_OF_TIME = new Set(['time', 'years', 'months', 'weeks', 'days']);

/** How long each half of a word typed in two may be ("hic cups", "new born"). */
const SPLIT_FIRST_LONGEST = 4;
const SPLIT_SECOND_LONGEST = 5;

/**
 * Whether two typed words may be one word typed in two ("hic cups", "new born"):
 * short halves of letters, neither a framing word. Longer halves are words of
 * their own: "every day" is not "everyday", nor "every one" "everyone".
 */
export const mayBeOneWord = (first: string, second: string): boolean =>
  first.length <= SPLIT_FIRST_LONGEST &&
  second.length <= SPLIT_SECOND_LONGEST &&
  /^\p{L}+$/u.test(first) &&
  /^\p{L}+$/u.test(second) &&
  !FRAMING_WORDS.has(first) &&
  !FRAMING_WORDS.has(second);

/**
 * The words of the graph's subject: twitching in its every-day and clinical
 * words. Any of them stands for any other when a name is matched ("normal
 * twitching" holds "normal myoclonus"), and a phrase that names something
 * besides its twitching ranks that something first.
 */
export const TOPIC_STEMS = [
  'myoclon',
  'twitch',
  'jerk',
  'spasm',
  'jolt',
  'jump',
  'kick',
  'flinch',
  'flick',
];
/** Words that go with twitching ("muscle twitching", "jerking movements") and tell no entity apart either. */
export const CONTEXT_STEMS = ['muscl', 'movement'];
/**
 * The parts of the body that twitch ("my arm jumps", "jumpy legs"): as typed,
 * they say where, not what, so they tell no entity apart.
 */
export const BODY_WORDS = new Set(
  'arm arms leg legs hand hands foot feet face body finger fingers toe toes eye eyes eyelid eyelids neck shoulder shoulders'.split(
    ' ',
  ),
);
/**
 * Words for a medicine: any of them stands for any other when a name is
 * matched, so "epilepsy tablets" holds "epilepsy pills" and "the pills he
 * takes" names a medication as a cause. A dose is a medicine as it is taken
 * ("since they upped my dose", "a higher dosage").
 */
export const MEDICINE_WORDS = new Set(
  'drug drugs medication medications medicine medicines meds med pill pills tablet tablets dose doses dosage dosages'.split(
    ' ',
  ),
);

/**
 * Words for what is normal ("everyday twitches", "ordinary jerks"): any of
 * them stands for another when a name is matched, so each holds the names
 * of normal twitching ("normal jerks", "normal myoclonus"). Not "common" or
 * "usual", which ask how often more often than they name.
 */
export const NORMAL_WORDS = new Set('normal everyday ordinary'.split(' '));

/**
 * Words for a treatment, the clinical and the everyday: either stands for the
 * other when a name is matched, so "symptomatic therapy" holds "symptomatic
 * treatment" and "cause-directed therapy" "cause-directed treatment".
 */
const TREATMENT_NAME_WORDS = new Set('treatment treatments therapy therapies'.split(' '));

/**
 * Words for a seizure, the clinical and the everyday: any of them stands for
 * any other when a name is matched, so "fit tablets" holds "seizure
 * medication".
 */
const SEIZURE_WORDS = new Set('seizure seizures fit fits convulsion convulsions'.split(' '));

/**
 * Words for an illness: any of them stands for any other when a name is
 * matched, so "brain disease" holds "brain disorder" and "nerve illness"
 * "nerve disorder".
 */
const ILLNESS_WORDS = new Set(
  'disease diseases disorder disorders condition conditions illness illnesses'.split(' '),
);

/**
 * Words for a muscle that suddenly lets go ("my arm goes dead", "my knees
 * fold", "my leg collapses", "legs buckling", "going floppy"): any of them
 * stands for any other when a name is matched, so each holds the names of
 * a lapse of muscle tone that hold another. Weakness is not among them: it
 * is as often a lasting loss of strength (after a stroke) as a lapse.
 */
export const GIVING_WAY_WORDS = new Set(
  'limp floppy dead collapse collapses collapsed collapsing fold folds folded folding buckle buckles buckled buckling'.split(
    ' ',
  ),
);

/**
 * Words for a difficulty ("walking is a struggle", "i struggle to speak",
 * "speaking is hard"): any of them stands for any other when a name is
 * matched, so each holds the names of a difficulty that hold another
 * ("trouble walking", "speech problems").
 */
const DIFFICULTY_WORDS = new Set(
  'trouble troubles difficulty difficulties difficult hard struggle struggles struggling struggled problem problems'.split(
    ' ',
  ),
);

/**
 * Words for several things taken together ("a mix of medicines", "a cocktail
 * of pills", "a combination of tablets"): any of them stands for any other
 * when a name is matched, so each holds the names of a combination that
 * hold another ("drug combination", "multiple drugs"). Not numbers, nor
 * "mixed", which say how many or how muddled more often than a combination.
 */
const TOGETHER_WORDS = new Set(
  'combination combinations combined combine mix mixture cocktail several multiple'.split(' '),
);

/**
 * Words for a knock taken ("a bang on the head", "a fall on his head", "hit
 * her head"): any of them stands for any other when a name is matched, so
 * each holds the names of a knock on the head that hold another. Only
 * whole words as typed: "falling asleep" and "bumping into things" are
 * none of them, and "whack" is not among them, being more often "out of
 * whack" (out of order) than a knock.
 */
const KNOCK_WORDS = new Set(
  'blow blows knock knocks knocked bump bumps bumped bang bangs banged hit hits smack smacked thump thumped fall falls fell'.split(
    ' ',
  ),
);

/**
 * Words for people as a group, any of which stands for another when a name is
 * matched ("epilepsy sufferers" holds "epilepsy patients"): as typed they say
 * that people are asked about, not which people, so they tell no entity apart
 * by themselves. "those" is among them, not among the framing words, so that
 * "those with epilepsy" is a group and not epilepsy.
 */
export const PERSON_WORDS = new Set(
  'people person persons patient patients individuals individual residents sufferers sufferer folks folk those'.split(
    ' ',
  ),
);

/**
 * Words that say how a condition runs (its course, severity, extent, onset)
 * rather than which condition: before a name ("chronic myoclonus", "acute
 * hiccups") they leave it the named one. A name that holds one (progressive
 * myoclonus, chronic kidney disease) still holds it as a telling word.
 */
export const MODIFIER_WORDS = new Set(
  [
    'acute chronic subacute severe serious mild moderate slight minor major bad terrible benign',
    'rare frequent occasional constant continuous intermittent recurrent recurring repeated',
    'persistent transient temporary sudden sporadic familial acquired idiopathic primary',
    'early late onset childhood juvenile infantile adult advanced new ongoing longstanding',
    'generalized generalised focal segmental multifocal nocturnal intractable refractory',
    'typical atypical progressive worsening essential symptomatic',
  ]
    .join(' ')
    .split(' '),
);

/** Words that set one name against another: the name after them is what the first is compared with. */
export const COMPARISON_WORDS = new Set(['than', 'as', 'or', 'versus', 'vs']);

/** Words too common to tell entities apart when names are compared word by word. */
export const COMMON_WORDS = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'can',
  'since',
  'what',
  'how',
  'does',
  'why',
]);

/**
 * The families of words any of which stands for another when a name is
 * matched (oneWord in search-phrase.ts): a medicine, a seizure, a treatment,
 * what is normal, an illness, a muscle giving way, a knock taken, a
 * difficulty, things taken together, people.
 */
export const WORD_FAMILIES: readonly ReadonlySet<string>[] = [
  MEDICINE_WORDS,
  SEIZURE_WORDS,
  TREATMENT_NAME_WORDS,
  NORMAL_WORDS,
  ILLNESS_WORDS,
  GIVING_WAY_WORDS,
  KNOCK_WORDS,
  DIFFICULTY_WORDS,
  TOGETHER_WORDS,
  PERSON_WORDS,
];
