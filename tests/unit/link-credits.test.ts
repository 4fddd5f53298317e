/**
 * A dateline or credit names the outlet that wrote the story ('BEIJING, Sept. 2 (Xinhua) --'):
 * that is no evidence for an event involving the outlet (the TASS–Xinhua agreement of the same
 * day). Sentences as wire stories print them; the real dataset and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';
import { inCredit } from '../../core/credits';

const engine = createEngine(dataset);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return inCredit(text, start, start + name.length);
};

describe('names in a dateline or credit', () => {
  it('are recognised in English, Russian and Chinese datelines and photo credits', () => {
    expect(at('BEIJING, Sept. 2 (Xinhua) -- China has decided to trial a visa-free policy.', 'Xinhua')).toBe(true);
    expect(at('Xinhua) 17:30, September 02, 2025\nBEIJING, Sept. 2', 'Xinhua')).toBe(true);
    expect(at('ПЕКИН, 2 сентября. /Корр. ТАСС/. Китай вводит безвизовый режим для россиян.', 'ТАСС')).toBe(true);
    expect(at('МОСКВА, 2 сен — РИА Новости. Китай вводит безвизовый режим.', 'РИА Новости')).toBe(true);
    expect(at('新华社北京9月2日电 外交部发言人郭嘉昆2日宣布。', '新华社')).toBe(true);
    expect(at('Фото: ТАСС\nКитай вводит безвизовый режим.', 'ТАСС')).toBe(true);
  });
  it('are not the outlet named in a sentence', () => {
    expect(at('TASS and Xinhua signed a cooperation agreement for 2026–2030 in Beijing.', 'TASS')).toBe(false);
    expect(at('Генеральный директор ТАСС Андрей Кондрашов и президент Синьхуа подписали соглашение.', 'ТАСС')).toBe(false);
    expect(at('新华社与塔斯社签署合作协议。', '新华社')).toBe(false);
  });
  it("do not link the TASS–Xinhua agreement to a Xinhua story of the same day about visas", () => {
    const text = 'China to trial visa-free policy for Russian citizens\nXinhua) 17:30, September 02, 2025\nBEIJING, Sept. 2 (Xinhua) -- China has decided to trial visa-free policy for Russian citizens holding ordinary passports starting from Sept. 15, 2025 to Sept. 14, 2026, a Chinese foreign ministry spokesperson said on Tuesday.';
    const { analysis, features } = engine.scan(text, '2025-09-02');
    // The name is still found (and marked); it only stops counting as the story's evidence.
    expect(features.references.some((r) => r.text === 'Xinhua' && r.credit)).toBe(true);
    const top = analysis.events.slice(0, 2).map((e) => e.id);
    expect(top).toContain('2025-09-02-visa-free-for-russians');
    expect(top).not.toContain('2025-09-02-tass-xinhua-strategy-2026-2030');
  });
});
