export { DraftsScreen } from './drafts-screen';
