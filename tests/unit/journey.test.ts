// The branching journey: which steps a situation shows, which situations get a page, and the journey file's
// mistakes the schema refuses with the field named. (That the build stops on them, naming the file, and the CMS
// refuses them too: tests/unit/entry-check.test.ts.)
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { hasDanish } from '../../cms/danish';
import { journeyProblems, situations, stepApplies, stepsFor } from '../../src/lib/journey';
import { contentSchemas } from '../../src/lib/schemas';

const schemas = contentSchemas({ reference: () => z.string() as unknown as z.ZodType<{ id: string }> });
const label = (text: string) => ({ da: text, kl: text });
const answer = (id: string) => ({ id, label: label(id) });
const QUESTIONS = [
  { text: label('Har du børn med?'), answers: [answer('med-boern'), answer('uden-boern')] },
  { text: label('Hvad skal du?'), answers: [answer('arbejde'), answer('uddannelse'), answer('ingen-bolig')] },
];
const STEPS = [
  { guide: 'akut', when: ['ingen-bolig'] },
  { guide: 'cpr' },
  { guide: 'job', when: ['arbejde'] },
  { guide: 'skole', when: ['med-boern'] },
  { guide: 'su', when: ['uddannelse', 'med-boern'] },
];
const guidesFor = (answers: string[]) => stepsFor(STEPS, answers).map((s) => s.guide);

describe('the steps of a situation', () => {
  it('a step without "when" is for everyone; with "when", for any of its answers', () => {
    expect(stepApplies({}, [])).toBe(true);
    expect(stepApplies({ when: ['arbejde'] }, ['uden-boern', 'arbejde'])).toBe(true);
    expect(stepApplies({ when: ['arbejde'] }, ['uden-boern', 'uddannelse'])).toBe(false);
  });
  it('keeps the journey order and leaves out steps for other answers', () => {
    expect(guidesFor(['uden-boern', 'arbejde'])).toEqual(['cpr', 'job']);
    expect(guidesFor(['med-boern', 'ingen-bolig'])).toEqual(['akut', 'cpr', 'skole', 'su']);
    expect(guidesFor(['uden-boern', 'uddannelse'])).toEqual(['cpr', 'su']);
  });
  it('with no answers, only the steps for everyone', () => {
    expect(guidesFor([])).toEqual(['cpr']);
  });
});

describe('the pages a journey gets', () => {
  it('one for each answer to the first question, and one for each pair of answers', () => {
    const paths = situations(QUESTIONS).map((path) => path.map((a) => a.id).join('/'));
    expect(paths).toEqual([
      'med-boern',
      'med-boern/arbejde',
      'med-boern/uddannelse',
      'med-boern/ingen-bolig',
      'uden-boern',
      'uden-boern/arbejde',
      'uden-boern/uddannelse',
      'uden-boern/ingen-bolig',
    ]);
  });
  it('none without questions', () => {
    expect(situations([])).toEqual([]);
  });
});

describe("a journey file's mistakes", () => {
  const journey = (extra: object) => ({
    title: label('Rejsen'),
    intro: label('Trin for trin.'),
    questions: QUESTIONS,
    steps: STEPS,
    ...extra,
  });
  const issues = (data: object) => {
    const result = schemas.journey.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('valid: questions with steps for some answers, and plain slugs beside them', () => {
    expect(issues(journey({ steps: ['cpr', ...STEPS] }))).toEqual([]);
    expect(issues(journey({ questions: undefined, steps: ['cpr', 'job'] }))).toEqual([]);
  });
  it('an answer id no question has, in "when"', () => {
    expect(issues(journey({ steps: [...STEPS, { guide: 'x', when: ['med-born'] }] }))).toEqual([
      'steps.5.when.0: "med-born" is not an answer of the questions; use one of: med-boern, uden-boern, arbejde, uddannelse, ingen-bolig',
    ]);
    expect(journeyProblems({ steps: [{ guide: 'x', when: ['arbejde'] }] })).toEqual([
      { path: ['steps', 0, 'when', 0], message: '"arbejde" is not an answer: the journey has no questions; add them or remove "when"' },
    ]);
  });
  it('the same answer id twice, in one question or in two', () => {
    const twice = [QUESTIONS[0]!, { ...QUESTIONS[1]!, answers: [answer('arbejde'), answer('med-boern'), answer('arbejde')] }];
    expect(issues(journey({ questions: twice, steps: ['cpr', 'job'] }))).toEqual([
      'questions.1.answers.1.id: "med-boern" is the id of another answer too (questions.0.answers.0.id); give each answer its own id',
      'questions.1.answers.2.id: "arbejde" is the id of another answer too (questions.1.answers.0.id); give each answer its own id',
    ]);
  });
  it('a situation no step is for', () => {
    const steps = [
      { guide: 'job', when: ['arbejde'] },
      { guide: 'skole', when: ['med-boern'] },
    ];
    for (const { message } of journeyProblems({ questions: QUESTIONS, steps })) expect(hasDanish(message), message).toBe(true);
    expect(issues(journey({ steps }))).toEqual([
      'steps: no step is for readers who answer uden-boern and uddannelse; add a step for everyone, or name one of these answers in a step\'s "when"',
      'steps: no step is for readers who answer uden-boern and ingen-bolig; add a step for everyone, or name one of these answers in a step\'s "when"',
    ]);
  });
  it('a question with fewer than two answers, more than two questions, an id that cannot be an address, an empty "when"', () => {
    expect(issues(journey({ questions: [{ ...QUESTIONS[0]!, answers: [answer('ja')] }], steps: ['cpr', 'job'] }))).toEqual([
      'questions.0.answers: a question needs at least two answers',
    ]);
    expect(issues(journey({ questions: [...QUESTIONS, QUESTIONS[0]] }))[0]).toMatch(/^questions: ask at most two questions/);
    expect(issues(journey({ questions: [{ ...QUESTIONS[0]!, answers: [answer('Med børn'), answer('nej')] }], steps: ['cpr'] }))).toContain(
      'questions.0.answers.0.id: becomes part of an address: use only a–z, 0–9 and hyphens, e.g. "med-boern"',
    );
    expect(issues(journey({ steps: ['cpr', { guide: 'job', when: [] }] }))).toEqual([
      'steps.1.when: name at least one answer, or remove "when" to show the step to everyone',
    ]);
  });
});
