/**
 * The five articles the product was conceived from (../shared/fixtures/seed-articles, or LENS_SEED_DIR):
 * every dated China–Russia event each refers to must be among its top 10 linked events, and every entity
 * it names must be found. They are examples, not the target: nothing in core/ knows about them. Run by
 * `npm run eval:seeds`, which says what is missing when the folder is absent.
 */
import { expect, it } from 'vitest';
import { loadSeedArticles, seedDir } from '../../scripts/fixture-pages';
import { describeArticles } from '../unit/helpers/article-checks';

const articles = loadSeedArticles();
it(`finds the seed articles in ${seedDir()}`, () => {
  expect(articles.length).toBeGreaterThan(0);
});
describeArticles('seed articles', articles);
