/**
 * Web Worker for the share link: a large plan's JSON in column form, deflated at level 9, takes a
 * second or more (10,000 components), which on the page would freeze the Outputs step.
 */
import type { Plan } from '../../domain';
import { exportPlanJson } from '../../exporters/plan-json';
import { encodeShareFragment, type ShareEncoding } from '../../exporters/share-link';

export type ShareRequest = { plan: Plan; origin: string };
export type ShareResponse = { share: ShareEncoding & { fileBytes: number } };

interface WorkerScope {
  postMessage(message: ShareResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ShareRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  const share = {
    ...encodeShareFragment(data.plan, data.origin),
    fileBytes: exportPlanJson(data.plan).length,
  };
  scope.postMessage({ share });
});
