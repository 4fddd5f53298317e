/** Validation problems (imports, the own-event form) in the reader's language: where, then what. */
import type { Problem, ProblemCode } from '../../data/user-data/problems';
import type { MessageKey, Translator } from './i18n';

const KEYS: Record<ProblemCode, MessageKey> = {
  required: 'problem.required',
  notText: 'problem.notText',
  tooLong: 'problem.tooLong',
  notList: 'problem.notList',
  tooMany: 'problem.tooMany',
  notObject: 'problem.notObject',
  unknownField: 'problem.unknownField',
  badId: 'problem.badId',
  badDate: 'problem.badDate',
  endBeforeStart: 'problem.endBeforeStart',
  badKind: 'problem.badKind',
  markup: 'problem.markup',
  badEntity: 'problem.badEntity',
  badUrl: 'problem.badUrl',
  badTime: 'problem.badTime',
  fileTooBig: 'problem.fileTooBig',
  fileEmpty: 'problem.fileEmpty',
  badJson: 'problem.badJson',
  notExport: 'problem.notExport',
  badVersion: 'problem.badVersion',
  duplicate: 'problem.duplicate',
  badTarget: 'problem.badTarget',
};

export function problemText(p: Problem, i18n: Pick<Translator, 't'>, label: (path: string) => string = (path) => path): string {
  const what = p.code ? i18n.t(KEYS[p.code], p.params) : p.message;
  return `${label(p.path)}: ${what}`;
}

/** At most `max` problems are spelled out, then how many more. */
export function problemsText(problems: Problem[], i18n: Pick<Translator, 't'>, label?: (path: string) => string, max = 10): string {
  const shown = problems.slice(0, max).map((p) => problemText(p, i18n, label));
  if (problems.length > max) shown.push(i18n.t('problem.more', { count: problems.length - max }));
  return shown.join('\n');
}
