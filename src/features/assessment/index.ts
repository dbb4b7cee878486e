export { AssessmentStep } from './assessment-step';
