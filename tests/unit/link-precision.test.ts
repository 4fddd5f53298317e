/**
 * What leads the list when a page's evidence fits several events, in sentences as news pages
 * write them (issue 14, precision of the first events): one written date shared by events of
 * the same day, on an undated page or on a page announcing a visit; a kind word beside only the
 * two countries' names on the publication day. The real dataset and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);
const linked = (text: string, published?: string) => engine.scan(text, published).analysis.events;
const rank = (list: { id: string }[], id: string) => list.findIndex((e) => e.id === id) + 1 || Infinity;

describe('one written date, several events of that day', () => {
  const text = 'The general contract for the construction of power units No. 3 and No. 4 at Xudapu nuclear power plant was signed on June 5 in Moscow by Rosatom and the China National Nuclear Corporation (CNNC).\n\nThe general contract for the construction of power units No. 7 and No. 8 at Tianwan NPP was signed earlier in March 2019.\n\nContracts formulation was held in line with strategic package of agreements defining key areas for development of cooperation between Russia and China in nuclear energy sector for the coming decades. The strategic package of agreements was signed on June 8, 2018, during Russian President Vladimir Putin’s state visit to China.';
  it('dates the event whose names stand beside it, not another signed that day that the page names by nothing of its own', () => {
    const list = linked(text);
    expect(rank(list, '2018-06-08-nuclear-package-tianwan-xudapu')).toBeLessThanOrEqual(3);
    expect(rank(list, '2019-03-tianwan-7-8-general-contract')).toBeLessThanOrEqual(3);
    expect(rank(list, '2019-06-xudapu-3-4-contract')).toBeLessThanOrEqual(3);
    // Still listed (the day is right), but only as possibly related.
    expect(list.find((e) => e.id === '2018-06-08-international-road-transport-agreement')?.tier).toBe('possible');
  });
});

describe("a visit's announced dates, and what else happened those days", () => {
  it('lead with the visit and the expo the page names, not a culture-years opening of the same day it names by nothing of its own', () => {
    const text = '蒲亭5月16日訪中 進行為期2天國是訪問\n(中央社台北14日電)中國外交部發言人華春瑩今天下午宣布,應中國國家主席習近平邀請,俄羅斯總統蒲亭(Vladimir Putin)將於5月16日至17日對中國進行國是訪問。\n克裏姆林宮並發布消息稱,在訪問中國期間,蒲亭將訪問哈爾濱並出席第八屆俄中博覽會開幕式。';
    const list = linked(text, '2024-05-14');
    expect(list.slice(0, 2).map((e) => e.id).sort()).toEqual(['2024-05-16-putin-state-visit-beijing-harbin', '2024-05-17-8th-china-russia-expo']);
    expect(list.find((e) => e.id === '2024-05-16-years-of-culture-opening')?.tier).toBe('possible');
    expect(list.find((e) => e.id === '2024-05-16-land-of-big-cats-agreement')?.tier ?? 'possible').toBe('possible');
  });
});

describe('a kind word beside only the two countries, on the publication day', () => {
  const text = 'The 75th anniversary of diplomatic relations between China and Russia was marked with congratulatory messages from Presidents Xi Jinping and Vladimir Putin. China has been Russia\'s largest trading partner for 14 years, with bilateral trade reaching $240.1 billion in 2023.';
  it("is one piece of evidence: 'bilateral trade' on 3 October is not the recycling fee raised on 1 October", () => {
    const list = linked(text, '2024-10-03');
    expect(list[0].id).toBe('1949-10-02-diplomatic-relations');
    expect(list.find((e) => e.id === '2024-10-01-russia-raises-car-recycling-fee')?.tier).toBe('possible');
    expect(rank(list, '2023-trade-record-240-billion')).toBeLessThan(rank(list, '2024-10-01-russia-raises-car-recycling-fee'));
  });
  it("while 'video talks' beside both leaders' names on the day is still that day's call", () => {
    const list = linked('Почти полуторачасовая видеобеседа Владимира Путина и Си Цзиньпина стала демонстрацией единого фронта на фоне глобальной турбулентности.', '2026-02-06');
    expect(list[0]?.id).toBe('2026-02-04-xi-putin-video-conference');
    expect(list[0]?.tier).not.toBe('possible');
  });
});

describe('the lunar station named in Russian without «Международная»', () => {
  it("'научной лунной станции' is the International Lunar Research Station, as 'lunar research station' is in English", () => {
    const { features } = engine.scan('Россия и Китай подписали соглашение по созданию научной лунной станции. Об этом сообщил глава "Роскосмоса" Юрий Борисов.');
    expect(features.references.map((r) => r.entityId)).toContain('international-lunar-research-station');
  });
});

describe('a part of a year confirms only the events of that part', () => {
  const rankOf = (text: string, id: string, published?: string) => rank(linked(text, published), id);
  it("'С начала 2011 года' on an undated page: the flows of 1 January lead, not a price dispute of March 2011", () => {
    const text = 'С начала 2011 года Китай получил около 400 тонн российской нефти\n\nЗа десять дней эксплуатации по ветке нефтепровода из Сковородина в китайский Дацин ушло почти 400 тысяч тонн нефти. Нефтепровод был официально запущен 1 января. Трубопровод, по которому чёрное золото течёт в Китай, является ответвлением от нефтепровода ВСТО.\n\nВ августе в Сковородине побывал российский премьер-министр Владимир Путин. Тогда он дал старт потоку и символически открыл задвижку на трубе с нефтью.';
    expect(rankOf(text, '2011-01-01-espo-spur-oil-flows')).toBe(1);
    expect(rankOf(text, '2011-03-espo-oil-price-dispute')).toBeGreaterThan(3);
  });
  it("'в начале 2024-го' does not confirm an event of June 2024", () => {
    const text = 'Проект "Арктик СПГ-2" попал под блокирующие санкции США в конце 2023 года. "Новатэк" планировал начать отгрузки в начале 2024-го, однако вынужден был отложить поставки на неопределённый срок. Поставки в Китай, наконец, помогут поддержать работу завода.';
    expect(rankOf(text, '2023-11-us-sanctions-arctic-lng-2', '2025-09-13')).toBeLessThanOrEqual(2);
    expect(rankOf(text, '2024-06-wison-quits-russian-projects', '2025-09-13')).toBeGreaterThan(3);
  });
});
