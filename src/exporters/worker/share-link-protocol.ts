import type { Plan } from '../../domain';
import type { ShareEncoding } from '../share-link';

/** Between the page and share-link.worker.ts: the plan to encode, and its link with the plan file's size. */
export type ShareRequest = { plan: Plan; origin: string };
export type ShareResponse = { share: ShareEncoding & { fileBytes: number } };
