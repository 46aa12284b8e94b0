// A journey that branches: which steps apply to a newcomer's answers, the situations that get a page, and the
// mistakes in a journey file that only the file as a whole shows (used by the journey schema in src/lib/schemas.ts).

/** One answer a newcomer can give; its id is part of the situation page's address. */
export interface JourneyAnswer<Label = unknown> {
  id: string;
  label: Label;
}
export interface JourneyQuestion<Label = unknown> {
  text: Label;
  answers: readonly JourneyAnswer<Label>[];
}
/** A step for everyone (no `when`), or only for a reader who gave one of the answers in `when`. */
export interface Conditional {
  when?: readonly string[];
}

/** Whether a step is for a reader who gave these answers: a step without `when` is for everyone. */
export const stepApplies = (step: Conditional, answers: readonly string[]) => !step.when || step.when.some((id) => answers.includes(id));

/** The steps for a reader who gave these answers, in the journey's order. */
export const stepsFor = <S extends Conditional>(steps: readonly S[], answers: readonly string[]): S[] =>
  steps.filter((step) => stepApplies(step, answers));

/** Every answer path that gets a page: one answer to each question in turn, from the first question down. */
export function situations<Label>(questions: readonly JourneyQuestion<Label>[]): JourneyAnswer<Label>[][] {
  const paths: JourneyAnswer<Label>[][] = [];
  const walk = (path: JourneyAnswer<Label>[]) => {
    if (path.length > 0) paths.push(path);
    for (const answer of questions[path.length]?.answers ?? []) walk([...path, answer]);
  };
  walk([]);
  return paths;
}

/** A mistake in a journey file: the field's path, as zod names it, and what to do. */
export interface JourneyProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Answer ids given twice, `when` naming an answer no question has, and a situation no step is for (its page would
 * be empty). Too few answers: the schema's min.
 */
export function journeyProblems(journey: {
  questions?: readonly JourneyQuestion[];
  steps: readonly (Conditional | unknown)[];
}): JourneyProblem[] {
  const problems: JourneyProblem[] = [];
  const seen = new Map<string, string>();
  (journey.questions ?? []).forEach((question, q) =>
    question.answers.forEach((answer, a) => {
      const other = seen.get(answer.id);
      if (other)
        problems.push({
          path: ['questions', q, 'answers', a, 'id'],
          message: `"${answer.id}" is the id of another answer too (${other}); give each answer its own id`,
        });
      else seen.set(answer.id, `questions.${q}.answers.${a}.id`);
    }),
  );
  const known = [...seen.keys()];
  journey.steps.forEach((step, s) => {
    const when = (step as Conditional)?.when ?? [];
    when.forEach((id, w) => {
      if (!seen.has(id))
        problems.push({
          path: ['steps', s, 'when', w],
          message: known.length
            ? `"${id}" is not an answer of the questions; use one of: ${known.join(', ')}`
            : `"${id}" is not an answer: the journey has no questions; add them or remove "when"`,
        });
    });
  });
  if (problems.length) return problems;
  const questions = journey.questions ?? [];
  for (const path of situations(questions).filter((p) => p.length === questions.length)) {
    const ids = path.map((answer) => answer.id);
    if (stepsFor(journey.steps as Conditional[], ids).length === 0)
      problems.push({
        path: ['steps'],
        message: `no step is for readers who answer ${ids.join(' and ')}; add a step for everyone, or name one of these answers in a step's "when"`,
      });
  }
  return problems;
}
