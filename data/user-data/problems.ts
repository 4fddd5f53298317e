/** A validation problem that says what is wrong and where, e.g. `ownEvents[3].date`. */
export interface Problem {
  path: string;
  message: string;
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
