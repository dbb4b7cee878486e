export { PlanDetails } from './plan-details-form';
