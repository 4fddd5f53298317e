/**
 * No user-facing English left in the interface code: every JSX text node and every user-facing attribute
 * (aria-label, title, placeholder, alt, label) in components/ and entrypoints/ comes from the catalogues.
 * Parsed with the TypeScript compiler, so comments and code are never mistaken for text. Letters-free text
 * (×, ★, ←, ·) and the language names of the language menu (each in its own language) are allowed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const ALLOWED = new Set(['English', '中文', 'Русский']);
const hasWords = (s: string) => /\p{L}{2,}/u.test(s) && !ALLOWED.has(s.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

export function hardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal = init && ts.isStringLiteral(init) ? init : init && ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression : undefined;
      if (literal && hasWords(literal.text)) found.push(`${where(node)} ${node.name.getText(sf)}="${literal.text}"`);
      if (init && ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression) && hasWords(init.expression.head.text)) {
        found.push(`${where(node)} ${node.name.getText(sf)}={\`${init.expression.head.text}…\`}`);
      }
    }
    // A string literal rendered as a child: {'Loading…'} or {cond ? 'Yes' : 'No'}.
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const check = (e: ts.Expression | undefined) => {
        if (!e) return;
        if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasWords(e.text)) found.push(`${where(e)} child "${e.text}"`);
        if (ts.isConditionalExpression(e)) { check(e.whenTrue); check(e.whenFalse); }
        // Only operands that can be rendered: the right of &&, either side of || and ??; never comparisons.
        if (ts.isBinaryExpression(e)) {
          const op = e.operatorToken.kind;
          if (op === ts.SyntaxKind.AmpersandAmpersandToken) check(e.right);
          if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) { check(e.left); check(e.right); }
        }
        if (ts.isParenthesizedExpression(e)) check(e.expression);
      };
      check(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('interface text', () => {
  it('finds hard-coded text when there is some (the check can fail)', () => {
    const sample = `const A = () => <div title="Close the panel"><p>Nothing here</p>{ok ? 'Yes' : '×'}<span>×</span></div>;`;
    expect(hardCodedText(join(root, 'sample.tsx'), sample)).toHaveLength(3);
  });

  it('has no hard-coded user-facing text in components/ or entrypoints/', () => {
    const files = [...tsxFiles(join(root, 'components')), ...tsxFiles(join(root, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => hardCodedText(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
