export { StrategyStep } from './strategy-step';
