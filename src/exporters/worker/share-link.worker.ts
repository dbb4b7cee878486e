/**
 * Web Worker for the share link: a large plan's JSON in column form, deflated at level 9, takes a
 * second or more (10,000 components), which on the page would freeze the Outputs step.
 */
import { exportPlanJson } from '../plan-json';
import { encodeShareFragment } from '../share-link';
import type { ShareRequest, ShareResponse } from './share-link-protocol';

const post = (message: ShareResponse) => postMessage(message);

addEventListener('message', ({ data }: MessageEvent<ShareRequest>) => {
  post({
    share: { ...encodeShareFragment(data.plan, data.origin), fileBytes: exportPlanJson(data.plan).length },
  });
});
