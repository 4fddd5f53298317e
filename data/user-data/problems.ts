/** What kind of problem, so the reader's interface can say it in the reader's language. */
export type ProblemCode =
  | 'required' | 'notText' | 'tooLong' | 'notList' | 'tooMany' | 'notObject' | 'unknownField' | 'badId' | 'badDate'
  | 'endBeforeStart' | 'badKind' | 'markup' | 'badEntity' | 'badUrl' | 'badTime' | 'fileTooBig' | 'fileEmpty' | 'badJson'
  | 'notExport' | 'badVersion' | 'duplicate' | 'badTarget';

/**
 * A validation problem that says what is wrong and where, e.g. `ownEvents[3].date`. `message` is English
 * (the CLI, logs); `code` and `params` let the interface say it in the reader's language.
 */
export interface Problem {
  path: string;
  message: string;
  code?: ProblemCode;
  params?: Record<string, string | number>;
}

export class ValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ValidationError';
  }
}

/** At most `max` problems are spelled out: a 100,000-row bad file must not produce a 100,000-line message. */
export function formatProblems(problems: Problem[], max = 10): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) shown.push(`…and ${problems.length - max} more problems`);
  return shown.join('\n');
}
