import { html as h } from './escape';

/** The small pieces every section of the review document is made of. */

export const para = (text: string) =>
  text.trim() === '' ? '<p class="muted">Not written yet.</p>' : `<p class="pre">${h(text)}</p>`;

/** A labelled paragraph: "Database." and its text, or that it is not written yet. */
export const labelled = (label: string, text: string) => `<p><strong>${h(label)}.</strong></p>${para(text)}`;

export const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

export const table = (head: string[], rows: string[]) =>
  rows.length === 0
    ? '<p class="muted">None.</p>'
    : `<table><thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

export const yesNo = (v: boolean) => (v ? 'yes' : 'no');
