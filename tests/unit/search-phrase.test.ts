import type { SearchHitRecord } from '../../src/graph/read';
import { bestHeldNames } from '../../src/graph/read/search-phrase';
import { sameStem, stem } from '../../src/graph/read/search-stems';
import { toLuceneQuery } from '../../src/graph/read/search-query';
import { plainText } from '../../src/graph/read/search-text';
import { HELD_NAME_BONUS, nearness, rankSearchHits } from '../../src/graph/read/search-ranking';

const candidate = (id: string, score: number, names: string[], others: string[] = []) => ({
  hit: { entity: { id, name: names[0] ?? id }, score } as unknown as SearchHitRecord,
  names,
  scopedNames: others.map((text) => ({
    text,
    scope: 'broad' as const,
    lay: true,
    misspelling: false,
  })),
  ontologyNames: [],
});

const ids = (text: string, candidates: ReturnType<typeof candidate>[]) =>
  rankSearchHits(text, candidates, 3).map((hit) => hit.entity.id);

describe('a name the text holds whole', () => {
  test('a cause named beside its twitching ranks first', () => {
    const myoclonus = candidate('myoclonus', 19, ['myoclonus'], ['muscle jerks']);
    const stroke = candidate('stroke', 16, ['stroke']);
    expect(ids('muscle jerks after a stroke', [myoclonus, stroke])).toEqual([
      'stroke',
      'myoclonus',
    ]);
    expect(ids('can a stroke cause jerking movements?', [myoclonus, stroke])[0]).toBe('stroke');
  });

  test('a modifier before a name leaves it the named one', () => {
    const kidneys = {
      ...candidate('kidney-failure', 29, ['kidney failure']),
      ontologyNames: ['Chronic kidney disease'],
    };
    const hiccups = candidate('hiccups', 9, ['hiccups']);
    const ranked = rankSearchHits('chronic hiccups', [kidneys, hiccups], 3);
    expect(ranked.map((hit) => hit.entity.id)).toEqual(['hiccups', 'kidney-failure']);
    expect(ranked[0]!.score).toBe(9 + HELD_NAME_BONUS);
  });

  test('one word for twitching stands for another, and the other words decide', () => {
    const physiological = candidate('physiological-myoclonus', 5, ['normal myoclonus']);
    const myoclonus = candidate('myoclonus', 12, ['myoclonus'], ['twitching']);
    expect(bestHeldNames('normal twitching', [physiological, myoclonus])).toEqual([true, false]);
  });

  test('a name followed by a telling word it does not hold is a modifier, not what is named', () => {
    const epilepsy = candidate('epilepsy', 20, ['epilepsy']);
    const medication = candidate('antiepileptic-medication', 15, ['antiepileptic drugs']);
    expect(bestHeldNames('epilepsy drugs', [epilepsy, medication])).toEqual([false, false]);
  });

  test('a word after a name, past framing words, does not undo it', () => {
    const hiccups = candidate('hiccups', 9, ['hiccups']);
    expect(bestHeldNames('hiccups in my sleep', [hiccups])).toEqual([true]);
    expect(bestHeldNames('hiccups sleep', [hiccups])).toEqual([false]);
  });

  test("a question's words about a treatment do not undo the drug it names", () => {
    const medication = candidate(
      'antiepileptic-medication',
      10,
      ['antiepileptic medication'],
      ['levetiracetam'],
    );
    const myoclonus = candidate('myoclonus', 12, ['myoclonus']);
    for (const question of [
      'is levetiracetam used for myoclonus',
      'does levetiracetam help myoclonus',
      'should I take levetiracetam for my twitching',
    ])
      expect(bestHeldNames(question, [medication, myoclonus])).toEqual([true, false]);
    // A telling word after the name still undoes it.
    expect(bestHeldNames('levetiracetam rash', [medication, myoclonus])).toEqual([false, false]);
  });

  test('twitching alone held, beside a telling word no name holds, lifts nothing', () => {
    const myoclonus = candidate('myoclonus', 12, ['myoclonus'], ['twitching']);
    const eating = candidate('difficulty-eating', 10, ['difficulty eating']);
    expect(bestHeldNames('twitching after a vaccine', [myoclonus, eating])).toEqual([false, false]);
  });

  test('a phrase that names nothing holds no name', () => {
    const hiccups = candidate('hiccups', 1, ['hiccups']);
    expect(bestHeldNames('chest pain', [hiccups])).toEqual([false]);
  });
});

test('a modifier typed as such is no misspelling of another name', () => {
  expect(nearness('transient myoclonus', 'persistent myoclonus')).toBe(0);
  expect(nearness('persistant myoclonus', 'persistent myoclonus')).toBeGreaterThan(0.9);
});

test('a misspelt word keeps its first letter', () => {
  expect(nearness('trouble swallowing', 'trouble walking')).toBe(0);
  expect(nearness('trouble walkng', 'trouble walking')).toBeGreaterThan(0.9);
});

describe('words as people inflect them', () => {
  test('any word for an illness stands for another: "brain disease" holds "brain disorder"', () => {
    const neurological = candidate('neurological-condition', 9, ['brain disorder']);
    const tumour = candidate('brain-tumors', 12, ['brain tumor']);
    expect(bestHeldNames('brain disease', [neurological, tumour])).toEqual([true, false]);
    expect(bestHeldNames('jerks from a nerve illness', [neurological, tumour])).toEqual([
      false,
      false,
    ]);
    expect(ids('twitching from a brain illness', [neurological, tumour])[0]).toBe(
      'neurological-condition',
    );
  });

  const kinded = (id: string, kind: string, score: number, names: string[]) => {
    const c = candidate(id, score, names);
    return { ...c, hit: { ...c.hit, entity: { ...c.hit.entity, kind } } as SearchHitRecord };
  };

  test('inflected words are one word by their stems', () => {
    const injury = candidate('head-injury', 5, ['head injury']);
    const myoclonus = candidate('myoclonus', 9, ['myoclonus'], ['jerking']);
    expect(bestHeldNames('jerks after head injuries', [injury, myoclonus])).toEqual([true, false]);
  });

  test('question words about likelihood do not hide the name they follow', () => {
    const males = candidate('males', 3, ['males'], ['men']);
    const myoclonus = candidate('myoclonus', 12, ['myoclonus']);
    expect(bestHeldNames('are men more likely to get myoclonus', [males, myoclonus])).toEqual([
      true,
      false,
    ]);
  });

  test('a cause named beside a causal word ranks above forms that share its words', () => {
    const form = kinded('positive-myoclonus', 'CONDITION', 10, [
      'myoclonus from muscle contraction',
    ]);
    const cause = kinded('medication-side-effect', 'RISK_FACTOR', 9, ['medication side effect']);
    expect(ids('twitching from my medication', [form, cause])[0]).toBe('medication-side-effect');
    // Without a causal word the same words name no cause.
    expect(ids('twitching medication', [form, cause])[0]).toBe('positive-myoclonus');
  });

  test('a group of people ranks below what they have, unless people are asked about', () => {
    const group = kinded('people-with-epilepsy', 'POPULATION', 12, ['people with epilepsy']);
    const epilepsy = kinded('epilepsy', 'CAUSE', 10, ['epilepsy']);
    expect(ids('status epilepticus', [group, epilepsy])[0]).toBe('epilepsy');
    expect(ids('epilepsy in people', [group, epilepsy])[0]).toBe('people-with-epilepsy');
  });

  test('a name nobody typed all of names less than one typed whole', () => {
    const seizure = candidate('epileptic-myoclonus', 13, ['generalized epileptic myoclonus']);
    const myoclonus = candidate('myoclonus', 9, ['myoclonus']);
    expect(ids('generalized myoclonus', [seizure, myoclonus])[0]).toBe('myoclonus');
  });

  test('any word for a medicine stands for another', () => {
    const drugs = candidate(
      'antiepileptic-medication',
      4,
      ['antiepileptic medication'],
      ['epilepsy pills'],
    );
    const epilepsy = candidate('epilepsy', 12, ['epilepsy']);
    expect(bestHeldNames('epilepsy tablets', [drugs, epilepsy])).toEqual([true, false]);
    const form = kinded('positive-myoclonus', 'CONDITION', 10, [
      'myoclonus from muscle contraction',
    ]);
    const cause = kinded('medication-side-effect', 'RISK_FACTOR', 9, ['medication side effect']);
    expect(ids('myoclonus because of the pills he takes', [form, cause])[0]).toBe(
      'medication-side-effect',
    );
  });

  test('a reason asked about is a cause linked to its twitching', () => {
    const twitching = kinded('sudden-involuntary-twitching', 'SYMPTOM', 14, ['twitching']);
    const parkinson = kinded('parkinson-disease', 'CAUSE', 9, ['parkinson disease', "parkinson's"]);
    expect(ids("is parkinson's a reason for twitching?", [twitching, parkinson])[0]).toBe(
      'parkinson-disease',
    );
  });

  test('a jump is twitching, and the part of the body that jumps tells nothing apart', () => {
    const twitching = candidate(
      'sudden-involuntary-twitching',
      3,
      ['sudden involuntary twitching'],
      ['involuntary twitches'],
    );
    const hands = candidate(
      'benign-essential-tremor',
      6,
      ['benign essential tremor'],
      ['shaky hands'],
    );
    expect(ids('involuntary jumps in my hands', [twitching, hands])[0]).toBe(
      'sudden-involuntary-twitching',
    );
  });

  test('a phrase that asks for a treatment ranks treatments above the signs it shares words with', () => {
    const jerks = kinded('shock-like-jerking', 'SYMPTOM', 12, ['shock-like muscle jerking']);
    const drugs = kinded('combination-drug-therapy', 'TREATMENT', 8, ['combination drug therapy']);
    expect(ids('which drugs stop muscle jerks', [jerks, drugs])[0]).toBe(
      'combination-drug-therapy',
    );
    expect(ids('how are muscle jerks treated', [jerks, drugs])[0]).toBe('combination-drug-therapy');
    // A medicine named as the cause asks for none.
    expect(ids('muscle jerks since starting drugs', [jerks, drugs])[0]).toBe('shock-like-jerking');
  });

  test('of names holding as many telling words, the one with fewer words for twitching names the text', () => {
    const myoclonus = {
      ...candidate('myoclonus', 14, ['myoclonus']),
      ontologyNames: ['Myoclonic tremor'],
    };
    const tremor = candidate('benign-essential-tremor', 6, ['benign essential tremor'], ['tremor']);
    expect(bestHeldNames('is a tremor the same thing as myoclonus?', [myoclonus, tremor])).toEqual([
      false,
      true,
    ]);
  });

  test('of names holding as many telling words, one of two words or more typed side by side names the text', () => {
    const progressive = candidate('progressive-myoclonus', 17, ['progressive myoclonus']);
    const worsening = candidate('worsening-over-time', 8, ['worsening over time'], ['progression']);
    expect(
      bestHeldNames('is there a cure for progressive myoclonus?', [progressive, worsening]),
    ).toEqual([true, false]);
    // Its words apart, the name is no more named than a one-word name.
    expect(
      bestHeldNames('is progressive twitching like myoclonus?', [progressive, worsening]),
    ).toEqual([false, true]);
  });

  test('of names holding as many telling words, one holding the twitching typed before them names the text', () => {
    const progressive = candidate(
      'progressive-myoclonus',
      16,
      ['progressive myoclonus'],
      ['myoclonus that gets worse', 'worsening myoclonus'],
    );
    const worsening = candidate(
      'worsening-over-time',
      8,
      ['worsening over time'],
      ['getting worse'],
    );
    // Twitching is what is spoken of; the clause after it says which.
    for (const text of [
      'jerks that keep getting worse',
      'jerks that get worse and worse',
      'myoclonus that keeps worsening',
    ])
      expect(bestHeldNames(text, [progressive, worsening])).toEqual([true, false]);
    // Worsening spoken of, twitching named after it or not at all: the bare symptom.
    expect(bestHeldNames('it keeps getting worse', [progressive, worsening])).toEqual([
      false,
      true,
    ]);
    expect(bestHeldNames('my walking is getting worse', [progressive, worsening])).toEqual([
      false,
      true,
    ]);
    expect(
      bestHeldNames('getting worse, with the myoclonus too', [progressive, worsening]),
    ).toEqual([false, true]);
  });

  test('a span of time after what happens over it names nothing of its own', () => {
    const progressive = candidate(
      'progressive-myoclonus',
      16,
      ['progressive myoclonus'],
      ['myoclonus that gets worse'],
    );
    const worsening = candidate(
      'worsening-over-time',
      20,
      ['worsening over time'],
      ['getting worse over time', 'getting worse'],
    );
    expect(
      bestHeldNames('what makes myoclonus get worse over the years?', [progressive, worsening]),
    ).toEqual([true, false]);
    expect(bestHeldNames('jerks that get worse over time', [progressive, worsening])).toEqual([
      true,
      false,
    ]);
    // Worsening over time spoken of alone is still worsening over time.
    expect(bestHeldNames('getting worse over time', [progressive, worsening])).toEqual([
      false,
      true,
    ]);
    // A name with "over" in it not of time is still held.
    const walking = candidate('difficulty-walking', 5, ['difficulty walking'], ['falling over']);
    expect(bestHeldNames('my dad keeps falling over', [walking])).toEqual([true]);
  });

  test('"over" and "across" frame a phrase as other prepositions do', () => {
    const walking = candidate(
      'difficulty-walking',
      8,
      ['difficulty walking'],
      ['tripping', 'falling over'],
    );
    const hypnic = candidate('hypnic-jerks', 9, ['hypnic jerks'], ['jerking when falling asleep']);
    expect(bestHeldNames('i keep tripping over my own feet', [walking, hypnic])).toEqual([
      true,
      false,
    ]);
    expect(bestHeldNames('tripping across the kitchen', [walking, hypnic])).toEqual([true, false]);
    // Falling asleep is still falling asleep.
    expect(bestHeldNames('jerks when falling asleep', [walking, hypnic])).toEqual([false, true]);
  });

  test('a preposition after a name leaves it the named one', () => {
    const shock = candidate('shock-like-jerking', 2, ['shock-like muscle jerking'], ['zaps']);
    const body = candidate('myoclonus', 9, ['myoclonus'], ['body jerks']);
    expect(bestHeldNames('a zap through my body that makes me jump', [shock, body])).toEqual([
      true,
      false,
    ]);
  });
});

describe('words for people, comparisons, and what a question asks', () => {
  const kinded = (id: string, kind: string, score: number, names: string[]) => {
    const c = candidate(id, score, names);
    return { ...c, hit: { ...c.hit, entity: { ...c.hit.entity, kind } } as SearchHitRecord };
  };
  const epilepsy = candidate('epilepsy', 12, ['epilepsy']);

  test('any word for people stands for another, and the word after a name still undoes it', () => {
    const group = candidate(
      'people-with-epilepsy',
      10,
      ['people with epilepsy'],
      ['epilepsy patients'],
    );
    expect(bestHeldNames('epilepsy sufferers', [epilepsy, group])).toEqual([false, true]);
  });

  test('"those" is a word for people: "those with epilepsy" does not name a group by its disease alone', () => {
    const group = candidate(
      'people-with-epilepsy',
      10,
      ['people with epilepsy'],
      ['those with epilepsy'],
    );
    // Epilepsy held by one of its other names, as the group would be by "those with epilepsy".
    const disorder = candidate('epilepsy', 12, ['epileptic disorder'], ['epilepsy']);
    expect(
      bestHeldNames('does having epilepsy mean i will get myoclonus?', [group, disorder]),
    ).toEqual([false, true]);
  });

  test('a name of people alone names no group', () => {
    const everyone = candidate('general-population', 3, ['people in general'], ['any person']);
    const children = candidate('children', 2, ['children'], ['young children']);
    expect(bestHeldNames('young people', [everyone, children])).toEqual([false, false]);
  });

  test('of two names held alike, the one a comparison sets the other against is asked about', () => {
    const males = candidate('males', 3, ['males'], ['men']);
    const females = candidate('females', 5, ['females'], ['women']);
    expect(bestHeldNames('do men get myoclonus as often as women?', [males, females])).toEqual([
      true,
      false,
    ]);
    expect(bestHeldNames('are women at higher risk than men', [males, females])).toEqual([
      false,
      true,
    ]);
  });

  test('a word is not a longer word that only begins like it, but a prefix typed apart is', () => {
    const tests = candidate(
      'treating-underlying-condition',
      20,
      ['treating the cause'],
      ['electromyography'],
    );
    const shock = candidate('shock-like-jerking', 9, ['shock-like muscle jerking'], ['jolts']);
    expect(bestHeldNames('electric jolts', [tests, shock])).toEqual([false, false]);
    expect(sameStem('electr', 'electromyographi')).toBe(false);
    expect(sameStem('anti', 'antiseizur')).toBe(true);
  });

  test('a question that begins with who asks for the group named after what it names', () => {
    const injury = kinded('head-injury', 'RISK_FACTOR', 26, ['head injury']);
    const group = kinded('people-with-head-injury', 'POPULATION', 20, ['people with head injury']);
    expect(ids('who is more likely to get jerks after a head injury?', [injury, group])[0]).toBe(
      'people-with-head-injury',
    );
    // A who after a word tells of someone: what they have is named.
    expect(ids('jerks in someone who had a head injury', [injury, group])[0]).toBe('head-injury');
    expect(ids('jerks after a head injury', [injury, group])[0]).toBe('head-injury');
    // Who asked about what no group is named after: what is named.
    const hiccups = kinded('hiccups', 'CONDITION', 20, ['hiccups']);
    expect(ids('who gets hiccups?', [hiccups, group])[0]).toBe('hiccups');
  });

  test('compounds of one head with other words after it are other words', () => {
    expect(sameStem(stem('everyday'), stem('everyone'))).toBe(false);
    expect(sameStem(stem('something'), stem('someone'))).toBe(false);
    const everyone = candidate('general-population', 1, ['people in general'], ['everyone']);
    const normal = candidate('physiological-myoclonus', 7, ['normal myoclonus']);
    expect(bestHeldNames('everyday twitches', [everyone, normal])).toEqual([false, true]);
    expect(ids('everyday twitches', [everyone, normal])[0]).toBe('physiological-myoclonus');
    // One word with another ending is still the word, compounds of one head too.
    expect(bestHeldNames('can everyone get myoclonus?', [everyone, normal])).toEqual([true, false]);
    expect(sameStem(stem('everyones'), stem('everyone'))).toBe(true);
    expect(sameStem(stem('uremic'), stem('uremia'))).toBe(true);
  });

  test('a word with another word after it is another word, one with an ending the same word', () => {
    expect(sameStem(stem('downhill'), stem('down'))).toBe(false);
    expect(sameStem(stem('overdose'), stem('over'))).toBe(false);
    expect(sameStem(stem('general'), stem('gene'))).toBe(false);
    expect(sameStem(stem('motorbike'), stem('motor'))).toBe(false);
    expect(sameStem(stem('treatment'), stem('treat'))).toBe(true);
    expect(sameStem(stem('children'), stem('child'))).toBe(true);
    expect(sameStem(stem('genetic'), stem('gene'))).toBe(true);
    expect(sameStem(stem('neurologist'), stem('neurology'))).toBe(true);
    expect(sameStem('multi', stem('multidrug'))).toBe(true);
    const worse = candidate('worsening-over-time', 30, ['worsening over time'], ['going downhill']);
    const genes = candidate('genetic-disorders', 25, ['genetic disorders'], ['faulty gene']);
    expect(bestHeldNames('jerking from a gene passed down from dad', [worse, genes])).toEqual([
      false,
      false,
    ]);
    expect(bestHeldNames('my walking is going downhill', [worse, genes])).toEqual([true, false]);
  });

  test('a kick, a flinch and a flick are twitching', () => {
    const sudden = candidate('sudden-involuntary-twitching', 3, ['sudden twitching']);
    const limp = candidate('muscle-silencing', 4, ['sudden loss of muscle tone']);
    for (const text of ['a sudden flinch', 'sudden kicks', 'a sudden flick'])
      expect(bestHeldNames(text, [sudden, limp])).toEqual([true, false]);
  });

  test('"could X be why" names X as a cause', () => {
    const jerks = kinded('shock-like-jerking', 'SYMPTOM', 12, ['shock-like muscle jerking']);
    const cause = kinded('medication-side-effect', 'RISK_FACTOR', 9, ['medication side effect']);
    expect(ids('could my blood pressure pills be why my legs jerk?', [jerks, cause])[0]).toBe(
      'medication-side-effect',
    );
  });

  test('"what helps" and "left untreated" ask about a treatment', () => {
    const jerks = kinded('shock-like-jerking', 'SYMPTOM', 12, ['shock-like muscle jerking']);
    const none = kinded('no-treatment-needed', 'TREATMENT', 8, ['no treatment needed']);
    expect(ids('what helps with muscle jerks?', [jerks, none])[0]).toBe('no-treatment-needed');
    expect(ids('should muscle jerks be left untreated?', [jerks, none])[0]).toBe(
      'no-treatment-needed',
    );
  });

  test('a negated contraction is its verb and "not", with no word of its own left over', () => {
    const walking = candidate(
      'difficulty-walking',
      4,
      ['difficulty walking'],
      ['legs not working'],
    );
    const dystonia = candidate('torsion-dystonia', 5, ['torsion dystonia'], ['don juan']);
    for (const text of ["my legs don't work", 'my legs dont work', "my legs won't work"])
      expect(bestHeldNames(text, [walking, dystonia])).toEqual([true, false]);
    for (const text of ["can't", 'cannot', "won't", 'wont', "doesn't"])
      expect(toLuceneQuery(`it ${text} stop`)).not.toMatch(/\b(t|don|won|doesn|cannot)\b/);
  });

  test('"is it normal" asks a question and names no normal form of twitching', () => {
    const normal = candidate('physiological-myoclonus', 12, ['normal myoclonus']);
    const sleep = candidate('hypnic-jerks', 8, ['jerks in sleep']);
    expect(ids('is it normal to jerk in my sleep?', [normal, sleep])[0]).toBe('hypnic-jerks');
    expect(ids('is normal jerking a worry?', [normal, sleep])[0]).toBe('physiological-myoclonus');
  });

  test('twitching that started with something names it as a cause', () => {
    const jerks = kinded('hypnic-jerks', 'CONDITION', 12, ['sleep twitches']);
    const cause = kinded('medication-side-effect', 'RISK_FACTOR', 9, ['reaction to medication']);
    expect(ids('twitches that started with my new tablets', [jerks, cause])[0]).toBe(
      'medication-side-effect',
    );
  });

  test('a dose is a medicine as it is taken', () => {
    expect(toLuceneQuery('twitching since they upped my dose')).toMatch(/\bmedication\b/);
    expect(toLuceneQuery('jerks on a higher dosage')).toMatch(/\bdrug\b/);
    const jerks = kinded('hypnic-jerks', 'CONDITION', 12, ['sleep twitches']);
    const cause = kinded('medication-side-effect', 'RISK_FACTOR', 9, ['reaction to medication']);
    expect(ids('twitches since they doubled my dose', [jerks, cause])[0]).toBe(
      'medication-side-effect',
    );
    // What is upped or doubled is no medicine unless it is one.
    expect(toLuceneQuery('twitching since they upped my hours')).not.toMatch(/\bmedication\b/);
    expect(ids('twitches since they doubled my hours', [jerks, cause])[0]).toBe('hypnic-jerks');
  });

  test('a word for a medicine fetches the names that hold another word for one', () => {
    expect(toLuceneQuery('my new tablets')).toMatch(/\bmedication\b/);
    expect(toLuceneQuery('my new tablets')).toMatch(/\bdrug\b/);
    expect(toLuceneQuery('my new shoes')).not.toMatch(/\bmedication\b/);
  });

  test('"what should i do" asks about a treatment, "what do ... mean" does not', () => {
    const jerks = kinded('shock-like-jerking', 'SYMPTOM', 12, ['shock-like muscle jerking']);
    const doctor = kinded('seeing-a-doctor', 'TREATMENT', 8, ['seeing a doctor']);
    expect(ids('what should i do about muscle jerks?', [jerks, doctor])[0]).toBe('seeing-a-doctor');
    expect(ids('what to do about muscle jerks', [jerks, doctor])[0]).toBe('seeing-a-doctor');
    expect(ids('what do muscle jerks mean?', [jerks, doctor])[0]).toBe('shock-like-jerking');
  });

  test("a group's twitching told by more than the group, with a condition named after it, asks about the condition", () => {
    const infants = kinded('infants', 'POPULATION', 12, ['infants', 'newborn', 'baby']);
    const fed = kinded('infant-twitching-after-feeding', 'CONDITION', 14, [
      'infant twitching after feeding',
      'newborn twitching after feeding',
    ]);
    expect(ids("my newborn's arms jump after her bottle", [infants, fed])[0]).toBe(
      'infant-twitching-after-feeding',
    );
    expect(ids('is it ok that my newborn jerks while napping?', [infants, fed])[0]).toBe(
      'infant-twitching-after-feeding',
    );
    // Nothing told but the group: the group is asked about.
    expect(ids('can a newborn get myoclonus?', [infants, fed])[0]).toBe('infants');
    // No condition named by the word the group was typed by.
    const everyone = kinded('general-population', 'POPULATION', 12, ['population']);
    const general = kinded('myoclonus', 'CONDITION', 14, ['generalized myoclonus']);
    expect(ids('how common is myoclonus in the population?', [everyone, general])[0]).toBe(
      'general-population',
    );
  });

  test('"something serious" or "some other disease" is another illness; a cause they cannot find is no cause found', () => {
    const worse = kinded('progressive-myoclonus', 'CONDITION', 12, ['progressive myoclonus']);
    const secondary = kinded('secondary-myoclonus', 'CONDITION', 8, [
      'myoclonus caused by another illness',
    ]);
    for (const text of [
      'are my jerks something serious?',
      'could my jerks be caused by some other disease',
    ])
      expect(ids(text, [worse, secondary])[0]).toBe('secondary-myoclonus');
    const underlying = kinded('treating-underlying-condition', 'TREATMENT', 12, [
      'finding the cause of myoclonus',
    ]);
    const symptoms = kinded('symptomatic-treatment', 'TREATMENT', 8, ['when no cause is found']);
    for (const text of [
      "what helps when doctors can't find a cause?",
      "what is the treatment if they cannot find what's causing it",
    ])
      expect(ids(text, [underlying, symptoms])[0]).toBe('symptomatic-treatment');
    expect(toLuceneQuery("doctors can't find what's causing it")).toMatch(/\bfound\b/);
  });

  test('"without warning", "out of the blue" and "all of a sudden" say suddenly, and name nothing gone without', () => {
    const silenced = kinded('muscle-silencing', 'SYMPTOM', 9, ['legs buckling']);
    const hypoxia = kinded('prolonged-hypoxia', 'RISK_FACTOR', 9, ['going without oxygen']);
    expect(ids('legs buckle without warning', [silenced, hypoxia])[0]).toBe('muscle-silencing');
    const sudden = kinded('sudden-involuntary-twitching', 'SYMPTOM', 9, ['sudden twitching']);
    const blue = kinded('hypnic-jerks', 'CONDITION', 12, ['jerks out of the deep blue']);
    expect(ids('my arm jerks out of the blue', [sudden, blue])[0]).toBe(
      'sudden-involuntary-twitching',
    );
  });

  test('"what stops the jerks" asks for a treatment, even beside a named cause; jerks that stop do not', () => {
    const jerks = kinded('shock-like-jerking', 'SYMPTOM', 12, ['shock-like muscle jerking']);
    const relief = kinded('symptomatic-treatment', 'TREATMENT', 8, ['symptom relief']);
    expect(ids('what stops muscle jerks?', [jerks, relief])[0]).toBe('symptomatic-treatment');
    expect(ids('which pills calm the muscle jerks', [jerks, relief])[0]).toBe(
      'symptomatic-treatment',
    );
    expect(ids('my muscle jerks stop when i sleep', [jerks, relief])[0]).toBe('shock-like-jerking');
    const cause = kinded('kidney-failure', 'RISK_FACTOR', 12, ['kidney failure']);
    // The cause is held whole (+30); the treatment, which the index ranks a little above it, is asked for (+10); a named cause's bonus (+10) would put the cause first.
    const drugs = kinded('antiepileptic-medication', 'TREATMENT', 35, ['antiepileptic medication']);
    expect(ids('what medicine stops jerks from kidney failure?', [cause, drugs])[0]).toBe(
      'antiepileptic-medication',
    );
  });

  test('a movement "by itself", "without meaning to" or one "i can\'t control" is involuntary', () => {
    const involuntary = candidate('sudden-involuntary-twitching', 3, ['involuntary twitching']);
    const treated = candidate('symptomatic-treatment', 9, ['symptom control']);
    for (const text of [
      'my leg twitches by itself',
      'muscles twitch without me meaning to',
      "twitching i can't control",
      "can't keep my twitching arm still",
    ])
      expect(ids(text, [involuntary, treated])[0]).toBe('sudden-involuntary-twitching');
    const none = candidate(
      'no-treatment-needed',
      3,
      ['no treatment needed'],
      ['goes away on its own'],
    );
    expect(bestHeldNames('it goes away on its own', [none, involuntary])).toEqual([true, false]);
  });

  test('"can X give you jerks" and "does X make you twitch" name X as a cause', () => {
    const jerks = kinded('muscle-silencing', 'SYMPTOM', 12, ['sudden loss of muscle tone']);
    const cause = kinded('chemical-poisoning', 'RISK_FACTOR', 9, ['chemical poisoning']);
    expect(ids('can lead poisoning give you muscle jerks?', [jerks, cause])[0]).toBe(
      'chemical-poisoning',
    );
    expect(ids('does poisoning make your muscles twitch?', [jerks, cause])[0]).toBe(
      'chemical-poisoning',
    );
  });

  test('a fit is a seizure, as any word for a medicine is another', () => {
    const epilepsy = candidate('epilepsy', 12, ['epilepsy']);
    const drugs = candidate('antiepileptic-medication', 4, ['seizure medication']);
    expect(bestHeldNames('fit tablets', [epilepsy, drugs])).toEqual([false, true]);
    expect(bestHeldNames('convulsion pills', [epilepsy, drugs])).toEqual([false, true]);
  });

  test('a muscle that goes dead, folds or collapses gives way, as one going limp or buckling does', () => {
    const lapse = candidate(
      'muscle-silencing',
      4,
      ['muscle silencing'],
      ['going floppy', 'legs buckling', 'muscle going limp'],
    );
    const hypnic = candidate('hypnic-jerks', 10, ['hypnic jerks'], ['jerk when falling asleep']);
    for (const text of [
      'my leg collapses under me',
      'my knees suddenly fold under me for a moment',
      'my arm goes dead for a split second',
    ])
      expect(bestHeldNames(text, [lapse, hypnic])).toEqual([true, false]);
    // Each fetches the names that hold another.
    expect(toLuceneQuery('my arm goes dead')).toContain('limp');
    expect(toLuceneQuery('my leg collapses under me')).toContain('floppy');
    // Weakness, which is as often lasting, and words of nothing giving way are not.
    expect(bestHeldNames('my legs feel weak since the stroke', [lapse, hypnic])).toEqual([
      false,
      false,
    ]);
    expect(toLuceneQuery('my legs feel weak since the stroke')).not.toContain('limp');
    expect(bestHeldNames('jerks since my husband died', [lapse, hypnic])).toEqual([false, false]);
  });

  test('a fall, a bang or a hit on the head is a knock on the head', () => {
    const injury = candidate(
      'head-injury',
      8,
      ['head injury'],
      ['knock on the head', 'knocked out'],
    );
    const hypnic = candidate('hypnic-jerks', 9, ['hypnic jerks'], ['jerking when falling asleep']);
    for (const text of [
      'can a bad fall on your head cause jerking later?',
      'jerks since a bang on the head',
      'twitching after he hit his head',
    ])
      expect(bestHeldNames(text, [injury, hypnic])).toEqual([true, false]);
    // Falling asleep is no fall, and out of whack is not knocked out.
    expect(bestHeldNames('my head jerks when i am falling asleep', [injury, hypnic])).toEqual([
      false,
      true,
    ]);
    expect(bestHeldNames('jerks since my salts went out of whack', [injury, hypnic])).toEqual([
      false,
      false,
    ]);
  });

  test('a mix or a cocktail of medicines is a combination of them', () => {
    const combined = candidate(
      'combination-drug-therapy',
      20,
      ['combination drug therapy'],
      ['drug combination', 'multiple drugs'],
    );
    const seizure = candidate('antiepileptic-medication', 27, ['antiepileptic medication']);
    for (const text of ['a mix of medicines', 'a cocktail of pills', 'several tablets at once'])
      expect(bestHeldNames(text, [combined, seizure])).toEqual([true, false]);
    // A number of medicines, or pills mixed up, is no combination.
    expect(bestHeldNames('two new pills', [combined, seizure])).toEqual([false, false]);
    expect(bestHeldNames('i mixed up my pills', [combined, seizure])).toEqual([false, false]);
  });

  test('a doctor who does something is someone in the story, not a visit to a doctor', () => {
    const doctor = kinded('seeing-a-doctor', 'TREATMENT', 8, ['seeing a doctor', 'doctor']);
    const symptoms = kinded('symptomatic-treatment', 'TREATMENT', 9, ['treating the symptoms']);
    expect(
      ids('what helps the jerks when doctors cannot find a cause?', [doctor, symptoms])[0],
    ).toBe('symptomatic-treatment');
    expect(ids('should i see a doctor about jerks?', [doctor, symptoms])[0]).toBe(
      'seeing-a-doctor',
    );
  });

  test('a doctor of the story, whatever they did, is someone in it; one the phrase goes to is the visit', () => {
    expect(plainText('twitching after the doctor upped my dose')).toBe(
      'twitching after they upped my dose',
    );
    expect(plainText('does the doctor need to treat hiccups?')).toBe(
      'does they need to treat hiccups?',
    );
    expect(plainText('jerks since my specialist changed my tablets')).toBe(
      'jerks since they changed my tablets',
    );
    // Going to the doctor, asking one, or a doctor's appointment: seeing a doctor.
    for (const text of [
      'should i see my doctor about twitching',
      'go and see the doctor',
      'take him to the doctor',
      'ask your gp about jerks',
      'i want to talk to my neurologist',
      "my doctor's appointment",
      'is it worth going to the doctor',
      'does my baby need the doctor',
      'when should i see a doctor',
      'family doctor',
    ])
      expect(plainText(text)).toBe(text);
    const doctor = kinded('seeing-a-doctor', 'TREATMENT', 12, ['seeing a doctor', 'doctor']);
    const pills = kinded('medication-side-effect', 'RISK_FACTOR', 10, [
      'medication side effect',
      'higher dose',
    ]);
    expect(ids('twitching after the doctor upped my dose', [doctor, pills])[0]).toBe(
      'medication-side-effect',
    );
  });

  test('a person described beside what they have is not what is asked about', () => {
    const babies = kinded('infants', 'POPULATION', 20, ['babies']);
    const feeding = kinded('infant-twitching-after-feeding', 'CONDITION', 15, ['after feeding']);
    expect(ids("my baby's twitching after a feed", [babies, feeding])[0]).toBe(
      'infant-twitching-after-feeding',
    );
    expect(ids('who gets twitching after a feed, babies?', [babies, feeding])[0]).toBe('infants');
  });

  test('a question for a kind, naming nothing but twitching, lifts the kind over the twitching held', () => {
    const myoclonus = kinded('myoclonus', 'CONDITION', 10, ['myoclonus']);
    const anyone = kinded('general-population', 'POPULATION', 9, ['anyone']);
    expect(ids('who can get myoclonus?', [myoclonus, anyone])[0]).toBe('general-population');
    const twitching = kinded('sudden-involuntary-twitching', 'SYMPTOM', 10, ['twitching']);
    const doctor = kinded('seeing-a-doctor', 'TREATMENT', 9, ['seeing a doctor']);
    expect(ids('what should i do if my muscles keep twitching?', [twitching, doctor])[0]).toBe(
      'seeing-a-doctor',
    );
    expect(ids('what is myoclonus?', [myoclonus, anyone])[0]).toBe('myoclonus');
  });

  test('a question of who gets twitching, or how likely it is, asks about people in general', () => {
    const forms = kinded('progressive-myoclonus', 'CONDITION', 14, ['progressive myoclonus']);
    const anyone = kinded('general-population', 'POPULATION', 9, ['anyone']);
    for (const text of ['who is at risk of jerks?', 'how common is twitching?'])
      expect(ids(text, [forms, anyone])[0]).toBe('general-population');
    expect(toLuceneQuery('who gets twitching?')).toMatch(/\banyone\b/);
    expect(ids('who gets progressive myoclonus?', [forms, anyone])[0]).toBe(
      'progressive-myoclonus',
    );
  });
});

describe('everyday ways of saying what names say in their words', () => {
  test('a framing word fetches the names that hold it but weighs less than a telling word', () => {
    const query = toLuceneQuery('twitching after brain surgery')!;
    expect(query).toContain('after^1');
    expect(query).not.toMatch(/\bafter(\^2|~)/);
    expect(query).toContain('surgery^2');
  });

  test('a word typed in two is fetched joined and held as the one word', () => {
    expect(toLuceneQuery('hic cups')).toMatch(/\bhiccups\b/);
    expect(toLuceneQuery('my new born')).toMatch(/\bnewborn\b/);
    const hiccups = candidate('hiccups', 6, ['hiccups']);
    const people = candidate('general-population', 9, ['people in general'], ['all people']);
    expect(bestHeldNames('my mum has hic cups', [hiccups, people])).toEqual([true, false]);
    expect(bestHeldNames('my mum has cups', [hiccups, people])).toEqual([false, false]);
  });

  test('two words that are words of their own are not one word typed in two', () => {
    expect(toLuceneQuery('my leg twitches every day')).not.toMatch(/\beveryday\b/);
    expect(toLuceneQuery('every one of my fingers jerks')).not.toMatch(/\beveryone\b/);
    const everyday = candidate('physiological-myoclonus', 6, ['everyday jerks']);
    const everyone = candidate('general-population', 9, ['everyone']);
    expect(bestHeldNames('my leg jerks every day', [everyday, everyone])).toEqual([false, false]);
    expect(bestHeldNames('every one of my fingers', [everyday, everyone])).toEqual([false, false]);
  });

  test('growing as time passes is worsening over time, and time alone is not', () => {
    const worsening = candidate(
      'worsening-over-time',
      6,
      ['worsening over time'],
      ['gets worse over time'],
    );
    const jerks = candidate('shock-like-jerking', 12, ['shock-like jerks']);
    for (const text of [
      'the jerks are a bit stronger every year',
      "each month it's more severe than the last",
    ])
      expect(ids(text, [jerks, worsening])[0]).toBe('worsening-over-time');
    expect(ids('jerks every day', [jerks, worsening])[0]).toBe('shock-like-jerking');
  });

  test('growth and time said apart, or of the person, are not worsening', () => {
    for (const [text, read] of <[string, string][]>[
      ['hiccups every day, worse after meals', 'hiccups every day, worse after meals'],
      ['i am getting stronger every day but my arm still jerks', 'stronger every day'],
      ["i'm getting stronger every day", 'stronger every day'],
      ['the jerks are worse, and i see them every week', 'every week'],
      ['my baby gets bigger every week and jerks in her sleep', 'bigger every week'],
    ])
      expect(plainText(text)).toContain(read);
    expect(plainText('it gets stronger every month')).toContain('worse over time');
  });

  test('twitching that never goes away is twitching that will not go away', () => {
    const lasting = candidate(
      'persistent-myoclonus',
      6,
      ['persistent myoclonus'],
      ["myoclonus that won't go away"],
    );
    const jerks = candidate('shock-like-jerking', 12, ['shock-like jerks']);
    for (const text of ['what causes jerks that never go away?', 'jerks that have not stopped'])
      expect(ids(text, [jerks, lasting])[0]).toBe('persistent-myoclonus');
    expect(plainText('the jerks never stop.')).toContain('not go away');
  });

  test('a stop said of something else is not twitching that never goes away', () => {
    for (const text of [
      'i never stopped taking clonazepam and the jerks came back',
      'i have not stopped the valproate',
      'my baby never stops crying and twitches',
    ])
      expect(plainText(text)).not.toContain('not go away');
  });

  test('fit and well is healthy, not a fit', () => {
    const healthy = candidate('healthy-people', 5, ['healthy people']);
    const epilepsy = candidate('epilepsy', 12, ['epilepsy'], ['fits']);
    for (const text of ['fit and well people', 'can fit and healthy people get jerks?'])
      expect(ids(text, [epilepsy, healthy])[0]).toBe('healthy-people');
  });
});

describe('everyday ways of saying a difficulty', () => {
  test('words that will not come out as they should are trouble speaking', () => {
    for (const text of [
      "words won't come out right",
      'why do my words come out wrong?',
      'i struggle to get my words out',
      'his words come out slurred',
    ])
      expect(plainText(text)).toContain('trouble speaking');
    const speaking = candidate(
      'difficulty-speaking',
      5,
      ['difficulty speaking'],
      ['trouble speaking'],
    );
    const walking = candidate('difficulty-walking', 6, ['difficulty walking'], ['trouble walking']);
    expect(bestHeldNames('i struggle to get my words out', [speaking, walking])).toEqual([
      true,
      false,
    ]);
    // Other words and other things coming out are not trouble speaking.
    for (const text of [
      'i want to get the word out about myoclonus',
      'in other words it comes out of nowhere',
      'the rash came out after the new pills',
    ])
      expect(plainText(text)).not.toContain('trouble speaking');
  });
  test('a struggle is a difficulty, and getting about is moving about', () => {
    const moving = candidate('difficulty-moving', 5, ['difficulty moving'], ['trouble moving']);
    const walking = candidate('difficulty-walking', 6, ['difficulty walking'], ['trouble walking']);
    expect(bestHeldNames('getting about is a struggle these days', [moving, walking])).toEqual([
      true,
      false,
    ]);
    expect(bestHeldNames('i struggle to walk', [moving, walking])).toEqual([false, true]);
    expect(bestHeldNames('walking is so hard', [moving, walking])).toEqual([false, true]);
    expect(plainText("i can't get around like i used to")).toContain('moving about');
    // Getting round to something, or a way past it, is no moving about; a hard lump no difficulty.
    for (const text of ['i never got around to it', 'is there a way to get around this'])
      expect(plainText(text)).not.toContain('moving');
    expect(bestHeldNames('a hard lump in my neck', [moving, walking])).toEqual([false, false]);
  });
});

describe('what a question asks for, read from its verbs', () => {
  const kinded = (id: string, kind: string, score: number, names: string[], others: string[]) => {
    const c = candidate(id, score, names, others);
    return { ...c, hit: { ...c.hit, entity: { ...c.hit.entity, kind } } as SearchHitRecord };
  };
  const sideEffect = kinded(
    'medication-side-effect',
    'RISK_FACTOR',
    15,
    ['medication side effect'],
    ['drug reaction'],
  );
  const combination = kinded(
    'combination-drug-therapy',
    'TREATMENT',
    14,
    ['combination drug therapy'],
    ['multiple drugs'],
  );

  test('a medicine given to someone is a treatment, not a cause', () => {
    for (const text of [
      'why would they give me two drugs for my jerks?',
      'the doctor gave him a new medicine for the twitching',
    ])
      expect(ids(text, [sideEffect, combination])[0]).toBe('combination-drug-therapy');
  });

  test('twitching given by a medicine still names the medicine as its cause', () => {
    for (const text of [
      'can my pills give me jerks?',
      'does the medicine they gave me cause jerks?',
      'twitching since they gave me new tablets last week and more',
    ])
      expect(ids(text, [sideEffect, combination])[0]).toBe('medication-side-effect');
  });

  test('a therapy is a treatment, and neither is a medicine or the twitching', () => {
    const symptomatic = candidate('symptomatic-treatment', 6, ['symptomatic treatment']);
    const secondary = candidate('secondary-myoclonus', 7, ['symptomatic myoclonus']);
    const medicine = candidate('antiepileptic-medication', 6, ['anticonvulsant medication']);
    expect(bestHeldNames('symptomatic therapy', [symptomatic, secondary, medicine])).toEqual([
      true,
      false,
      false,
    ]);
    expect(bestHeldNames('symptomatic treatments', [symptomatic, secondary])).toEqual([
      true,
      false,
    ]);
    expect(bestHeldNames('anticonvulsant therapy', [medicine])).toEqual([false]);
  });

  test('what a question asks whether something is ends it, after the thing asked about', () => {
    const hypnic = candidate('hypnic-jerks', 11, ['hypnic jerks']);
    const normal = candidate('physiological-myoclonus', 3, ['normal jerks']);
    expect(bestHeldNames('are hypnic jerks dangerous?', [hypnic, normal])).toEqual([true, false]);
    expect(bestHeldNames('is hypnic jerks serious', [hypnic, normal])).toEqual([true, false]);
    // Only at the end of a question that asks: before a name, or in a story, it names.
    expect(bestHeldNames('are normal jerks common?', [hypnic, normal])).toEqual([false, true]);
    expect(bestHeldNames('hypnic jerks dangerous', [hypnic, normal])).toEqual([false, false]);
  });

  test('a limb that gives out gives way: nothing is given, and no cause named', () => {
    const kind = (c: ReturnType<typeof candidate>, k: string) => ({
      ...c,
      hit: { ...c.hit, entity: { ...c.hit.entity, kind: k } } as SearchHitRecord,
    });
    const lapse = kind(
      candidate('muscle-silencing', 9.7, ['muscle silencing'], ['muscle gives way']),
      'SYMPTOM',
    );
    const injury = kind(
      candidate('head-injury', 1.8, ['head injury'], ['knocked out']),
      'RISK_FACTOR',
    );
    expect(plainText('my legs gave out under me')).toBe('my legs gave way under me');
    expect(ids('my knee just gives out for a split second', [lapse, injury])[0]).toBe(
      'muscle-silencing',
    );
    // A knock that put someone out is still the cause named.
    expect(ids('jerks since he was knocked out', [lapse, injury])[0]).toBe('head-injury');
    expect(plainText('they gave outpatient care')).toBe('they gave outpatient care');
  });

  test('giving frames a phrase: what is given names it', () => {
    const jolts = candidate('shock-like-jerking', 10, ['shock-like muscle jerking'], ['jolts']);
    const lapse = candidate('muscle-silencing', 9, ['muscle silencing'], ['muscle gives way']);
    expect(ids('my body gives a jolt', [jolts, lapse])[0]).toBe('shock-like-jerking');
    expect(toLuceneQuery('my body gives a jolt')).toContain(' gives^1 ');
    // A muscle that gives way is still named by the way it gives.
    expect(bestHeldNames('my muscle gives way', [jolts, lapse])).toEqual([false, true]);
  });

  test('an everyday or ordinary thing is a normal one', () => {
    const normal = candidate('physiological-myoclonus', 6, ['normal myoclonus'], ['normal jerks']);
    const sudden = candidate('sudden-involuntary-twitching', 10, ['sudden involuntary twitching']);
    expect(bestHeldNames('everyday twitches', [normal, sudden])).toEqual([true, false]);
    expect(bestHeldNames('ordinary jerks', [normal, sudden])).toEqual([true, false]);
    expect(toLuceneQuery('ordinary jerks')).toMatch(/ normal everyday$/);
    // Every day is how often, and no normal thing.
    expect(bestHeldNames('twitching every day', [normal, sudden])).toEqual([false, false]);
    expect(toLuceneQuery('twitching every day')).not.toContain('normal');
  });

  test('speech that others cannot follow is trouble speaking', () => {
    expect(plainText("people can't understand what i'm saying any more")).toBe(
      'people trouble speaking any more',
    );
    expect(plainText('nobody understands him when he talks')).toBe('trouble speaking');
    expect(plainText('no one can understand what she says')).toBe('trouble speaking');
    // What someone else said, or what causes it, is not understood for other reasons.
    for (const text of [
      'i cannot understand what the doctor said',
      'i do not understand what causes it',
      'they could not understand what was wrong',
    ])
      expect(plainText(text)).not.toContain('trouble speaking');
  });

  test('when it happens frames a phrase: "now" does not undo the name before it', () => {
    const speaking = candidate(
      'difficulty-speaking',
      6,
      ['difficulty speaking'],
      ['trouble speaking'],
    );
    for (const text of ['trouble speaking now', 'he has trouble speaking lately'])
      expect(bestHeldNames(text, [speaking])).toEqual([true]);
    expect(bestHeldNames('trouble speaking clearly', [speaking])).toEqual([false]);
  });

  test('the cause that something is done about is the underlying cause', () => {
    const underlying = candidate(
      'treating-underlying-condition',
      7,
      ['treating the underlying condition'],
      ['treating the underlying cause'],
    );
    const symptoms = candidate(
      'symptomatic-treatment',
      7,
      ['symptomatic treatment'],
      ['treating the symptoms'],
    );
    for (const text of ['treating the cause', 'treating the cause of myoclonus'])
      expect(ids(text, [symptoms, underlying])[0]).toBe('treating-underlying-condition');
    expect(plainText('find the root cause')).toBe('find the underlying cause');
    expect(plainText('sorting out the cause')).toBe('sorting out the underlying cause');
    // A cause linked to its twitching, or asked about, is left as typed.
    for (const text of ['can a stroke cause jerks', 'what is the cause of my twitching'])
      expect(plainText(text)).toBe(text);
  });
});
