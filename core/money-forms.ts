/**
 * A dollar sum in billions written the ways the three languages write it: an event's keyword
 * '$100 billion' is '$100 млрд' or '100 млрд долларов' on a Russian page and '1000亿美元' on a
 * Chinese one (亿 is a hundred million). Used to give an event's money keywords their other spellings.
 */

/** Billions of US dollars, or undefined if the phrase is not such a sum. */
export function billionsOfDollars(phrase: string): number | undefined {
  const p = phrase.trim();
  let m = /^(?:US)?\$\s?(\d+(?:\.\d+)?)\s?(?:billion|bn)$/i.exec(p);
  if (m) return Number(m[1]);
  m = /^(\$)?\s?(\d+(?:,\d+)?)\s?(?:млрд\.?|миллиард(?:а|ов)?)(\s?(?:долларов|долл\.?|\$))?$/i.exec(p);
  if (m && (m[1] || m[3])) return Number(m[2].replace(',', '.'));
  m = /^(\d+(?:\.\d+)?)\s?亿美元$/.exec(p);
  if (m) return Number((Number(m[1]) / 10).toFixed(4));
  return undefined;
}

const plain = (x: number) => String(Number(x.toFixed(4)));

/** Every spelling of the same sum, the phrase itself included; [] if it is not a dollar sum. */
export function moneyForms(phrase: string): string[] {
  const x = billionsOfDollars(phrase);
  if (x === undefined || !(x > 0)) return [];
  const en = plain(x);
  const ru = en.replace('.', ',');
  return [
    `$${en} billion`, `$${en} bn`,
    `${ru} млрд долларов`, `$${ru} млрд`, `${ru} миллиарда долларов`, `${ru} миллиардов долларов`,
    `${plain(x * 10)}亿美元`,
  ];
}
