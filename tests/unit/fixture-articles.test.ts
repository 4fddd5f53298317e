/** Our own news articles (tests/fixtures/articles, EN/ZH/RU) through the engine: the same checks as the seed articles. */
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { describeArticles } from './helpers/article-checks';

describeArticles('fixture articles', loadFixtureArticles());
