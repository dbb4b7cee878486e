export { SqlReviewCard } from './sql-review-card';
