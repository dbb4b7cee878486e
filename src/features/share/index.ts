export { ShareScreen } from './share-screen';
