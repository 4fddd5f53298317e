/**
 * Engine fixes found on the sector collection (tests/corpus-sectors), each held by real sentences
 * of the kind news pages print, run through the engine on the bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);
const referenced = (text: string, published = '2024-12-10') =>
  engine.scan(text, published).features.references.map((r) => r.entityId);

describe('东海 is the East China Sea, except inside other names', () => {
  it.each([
    '在三周时间内，俄太平洋舰队和中国人民解放军海军战舰通过了日本海、鄂霍次克海、白令海、菲律宾海和东海。',
    '根据中俄两军年度合作计划，12月9日，双方在东海、太平洋西部空域组织实施第10次联合空中战略巡航。',
    '日本防衛省指出，兩架俄羅斯圖-95轟炸機從日本海飛往東海，與兩架中國轟-6轟炸機會合。',
  ])('marks it in a patrol report: %s', (text) => {
    expect(referenced(text)).toContain('east-china-sea');
  });
  it.each([
    '一场暴风雪袭击美国东海岸，纽约和波士顿的航班大面积取消。',
    '广东海关今年前三季度查获走私案件两千余起。',
    '他毕业于台中的東海大學，后来在东海县经营一家水晶店。',
    '东海道新干线因大雨暂停运行。',
  ])('leaves it alone in %s', (text) => {
    expect(referenced(text)).not.toContain('east-china-sea');
  });
});

describe("another country's ministry is not China's", () => {
  it.each([
    '7月18日，位于大马士革的叙利亚安全部门大楼遭炸弹袭击，叙国防部长达乌德-拉杰哈以及总统巴沙尔-阿萨德的姐夫、国防部副部长阿塞夫-舒卡特被炸身亡。',
    '美国国防部当天宣布向该地区增派两艘驱逐舰。',
    '巴外长表示，巴方愿同各方加强沟通。',
    '乌克兰外交部发表声明，拒绝接受这一提议。',
  ])('%s', (text) => {
    const refs = referenced(text);
    expect(refs).not.toContain('chinese-defence-ministry');
    expect(refs).not.toContain('chinese-foreign-ministry');
  });
  it('keeps China\'s ministry when it is meant, and both in 中美国防部长', () => {
    expect(referenced('12月10日，国防部、外交部同步表态，此次中俄联合空中战略巡航是年度合作计划内项目。')).toEqual(
      expect.arrayContaining(['chinese-defence-ministry', 'chinese-foreign-ministry']),
    );
    expect(referenced('中美国防部长在新加坡举行会谈，这是两人首次面对面会晤。')).toContain('chinese-defence-ministry');
    expect(referenced('叙国防部长当天遇袭身亡。国防部发言人张晓刚在例行记者会上回答了相关提问。')).toContain('chinese-defence-ministry');
  });
});

describe('a name inside a web address is not a mention', () => {
  it.each([
    'Путин подписал указ о безвизовом режиме для граждан Китая. Фото: kremlin.ru',
    'The full text is published at http://en.kremlin.ru/events/president/news/73585 in English.',
    'Запросы для прессы направляйте по адресу press@kremlin.ru до пятницы.',
  ])('%s', (text) => {
    expect(referenced(text)).not.toContain('kremlin');
  });
  it('still finds the Kremlin in the text around the address', () => {
    expect(referenced('В Кремле прошли переговоры с председателем КНР. Фото: kremlin.ru')).toContain('kremlin');
    expect(referenced('The Kremlin said the talks would continue. Source: kremlin.ru')).toContain('kremlin');
  });
});

describe('dates as Russian and Chinese pages write them', () => {
  const dates = (text: string, published: string) => engine.scan(text, published).features.dates.map((d) => d.date);
  it('reads a month in the prepositional case with its year', () => {
    expect(dates('Цель довести товарооборот до 20 млрд долларов была поставлена на саммите в мае 2003 года в Москве.', '2006-03-20')).toContain('2003-05');
  });
  it('reads dd.mm.yyyy day first, and dd/mm/yyyy day first on a Russian or Chinese page only', () => {
    expect(dates('Соглашение было подписано 04.10.2022 в Москве, сообщили в министерстве.', '2022-10-05')).toContain('2022-10-04');
    expect(dates('The protocol was signed on 04.10.2022 in Moscow, the ministry said.', '2022-10-05')).toContain('2022-10-04');
    expect(dates('Протокол подписан 04/10/2022 в Пекине.', '2022-10-05')).toContain('2022-10-04');
    expect(dates('The filing is dated 04/10/2022, according to the court in New York.', '2022-05-01')).toContain('2022-04-10');
  });
  it('finds a year after an ASCII comma in Chinese text, but not in a digit group', () => {
    expect(dates('中苏两党在方针政策上发生根本分歧,1959年苏联在中印边界冲突问题上偏袒印度。', '2018-09-04')).toContain('1959');
    expect(dates('The stadium holds 31,959 people and opened in March.', '2018-09-04')).not.toContain('1959');
  });
});

describe('访华 and 访俄 are state visits', () => {
  const visitCues = (text: string) =>
    engine.scan(text, '2006-05-10').features.cues.filter((c) => c.kinds.includes('state-visit')).map((c) => c.text);
  it.each([
    ['除原油进口外，中俄双方在油气领域的大项目合作也已取得积极进展。今年三月普京总统访华期间，双方企业签署了有关文件。', '访华'],
    ['胡锦涛主席访俄期间，两国元首签署了联合声明。', '访俄'],
    ['普京總統訪華期間，雙方簽署了多項合作文件。', '訪華'],
  ])('%s', (text, cue) => {
    expect(visitCues(text)).toContain(cue);
  });
  it('links the March 2006 visit from a later report that says only 访华', () => {
    const { analysis } = engine.scan(
      '中俄双方在油气领域的大项目合作也已取得积极进展。今年三月普京总统访华期间，双方企业签署了合作建设中俄原油管线和天然气管线合作有关文件。',
      '2006-11-20',
    );
    expect(analysis.events.slice(0, 10).map((e) => e.id)).toContain('2006-03-21-putin-state-visit-year-of-russia');
  });
});

describe('Russian pages name the two sides by adjective, as English pages say "Chinese" and "Russian"', () => {
  it('calls a Russian report on a joint Russian and Chinese company venture China–Russia', () => {
    const text =
      'Российская и китайская компании подписали соглашение о создании круглогодичной контейнерной линии между портами двух стран через акваторию Северного морского пути (СМП). ' +
      'Для этого будет создано совместное предприятие, которое займется проектированием и производством ледокольных контейнеровозов. ' +
      '«Арктический маршрут является важным стратегическим транспортным решением для перевозок между Китаем и Россией», — заявила председатель Hainan Yangpu NewNew Shipping Фан Юсинь.';
    const { analysis } = engine.scan(text, '2025-06-05');
    expect(analysis.sinoRussian).toBe(true);
  });
  it('leaves a Russian story full of Russian things and no China alone', () => {
    const text =
      'Российские нефтяные компании в октябре увеличили добычу на 2%, сообщил вице-премьер Александр Новак. ' +
      'По его словам, российский экспорт нефти в Индию и Турцию вырос, а внутренний рынок топлива стабилен. ' +
      'Российская энергетическая неделя пройдет в Москве в середине октября.';
    const { analysis } = engine.scan(text, '2024-10-01');
    expect(analysis.sinoRussian).toBe(false);
    expect(analysis.events).toEqual([]);
  });
});

describe('"China and Russia" written again and again is the page speaking of the two together', () => {
  it('calls a Security Council veto report China–Russia', () => {
    const text =
      'China and Russia rejected a United Nations Security Council resolution backed by the United States on Thursday that would have placed harsh new penalties on North Korea for its recent missile launches. ' +
      'The vote in the 15-member Security Council was 13-2. ' +
      'However, China and Russia warned the Security Council after their decision that they reject more punitive measures, emphasising that what is required now is renewed engagement between North Korea and the United States.';
    const { analysis } = engine.scan(text, '2022-05-27');
    expect(analysis.sinoRussian).toBe(true);
    expect(analysis.entities.map((e) => e.id)).toContain('sino-russian-relations');
  });
  it('does not count the pair once at the end of a list', () => {
    const text = 'Delegations from Brazil, South Africa, India, China and Russia attended the opening of the climate conference in Belém on Monday, with talks on forest finance due to run late.';
    const { analysis } = engine.scan(text, '2025-11-10');
    expect(analysis.sinoRussian).toBe(false);
    expect(analysis.entities.map((e) => e.id)).not.toContain('sino-russian-relations');
  });
});

describe('a border place of both sides weighs as half a bilateral term', () => {
  it('calls a Damansky anniversary report China–Russia', () => {
    const text =
      '15 марта 2017 года в Камень-Рыболове у мемориального комплекса героям-пограничникам состоялось торжественное мероприятие, посвященное 48-й годовщине окончания военного конфликта на острове Даманский. ' +
      'Прошло 48 лет со дня окончания военных действий на острове Даманский, ставшем символом мужества воинов советской армии. ' +
      '2 и 15 марта 1969 года китайские военнослужащие, переправившись на остров Даманский, развернули военные действия против Советского союза.';
    const { analysis } = engine.scan(text, '2017-03-16');
    expect(analysis.sinoRussian).toBe(true);
    expect(analysis.events.slice(0, 5).map((e) => e.id)).toContain('1969-03-02-zhenbao-island-clash');
  });
  it('leaves a flood report on the Amur in a Russian town alone', () => {
    const text =
      'Уровень воды в Амуре у Благовещенска за сутки поднялся на 40 сантиметров, сообщили в МЧС России по Амурской области. ' +
      'На Амуре ожидается дальнейший подъем воды, жителей прибрежных сел просят подготовиться к эвакуации. ' +
      'В Благовещенске работает оперативный штаб, на дамбы вывезены мешки с песком.';
    const { analysis } = engine.scan(text, '2024-07-20');
    expect(analysis.sinoRussian).toBe(false);
  });
});

describe('a dollar sum is the same sum in every language', () => {
  it('spells billions the three ways pages write them', async () => {
    const { moneyForms, billionsOfDollars } = await import('../../core/money-forms');
    expect(moneyForms('$100 billion')).toEqual(expect.arrayContaining(['$100 млрд', '100 млрд долларов', '1000亿美元']));
    expect(billionsOfDollars('1070.6亿美元')).toBe(107.06);
    expect(billionsOfDollars('107,06 млрд долларов')).toBe(107.06);
    expect(moneyForms('100 млрд')).toEqual([]); // no currency: roubles or yuan as likely as dollars
  });
  it('links the 2018 trade record from a Russian report that writes "$100 млрд"', () => {
    const text =
      'Объем торговли между Россией и Китаем побил исторический рекорд в 2018 году, превысив $100 млрд, сообщает представитель Министерства коммерции КНР Гао Фэн. ' +
      '«Согласно имеющейся у нас статистике, уже к середине декабря объем китайско-российской торговли за 2018 год превысил рубеж в $100 млрд, побив исторический рекорд», — сказал он на брифинге.';
    const { analysis } = engine.scan(text, '2019-01-10');
    expect(analysis.events.slice(0, 10).map((e) => e.id)).toContain('2018-trade-tops-100-billion');
  });
});

describe('a sum inside a bigger number is not that sum', () => {
  it('does not read 1000亿美元 inside 21000亿美元', () => {
    const cues = engine.scan('该国去年对外贸易总额达到21000亿美元，创历史新高。', '2019-01-10').features.cues;
    expect(cues.flatMap((c) => c.events ?? [])).not.toContain('2018-trade-tops-100-billion');
    const real = engine.scan('中俄贸易额首次突破1000亿美元，创历史新高。', '2019-01-10').features.cues;
    expect(real.flatMap((c) => c.events ?? [])).toContain('2018-trade-tops-100-billion');
  });
});
