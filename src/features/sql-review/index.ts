export { SqlReviewCard } from './sql-review-card';
export { RollbackSqlReview } from './rollback-sql-review';
