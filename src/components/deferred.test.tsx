import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Deferred } from './deferred';
import { PaneShown } from './pane-shown';

/** The first render: what the frame that first shows the step holds. */
const first = (node: React.ReactNode) => renderToStaticMarkup(node);

describe('Deferred', () => {
  it('holds its children back from the first frame, with a placeholder of their height', () => {
    const html = first(
      <Deferred minHeight="10rem">
        <p>components</p>
      </Deferred>,
    );
    expect(html).toContain('class="deferred"');
    expect(html).toContain('min-height:10rem');
  });

  it('with firstFrame, draws them in the first frame of a step opened on screen', () => {
    const html = first(
      <Deferred minHeight="10rem" firstFrame>
        <p>components</p>
      </Deferred>,
    );
    expect(html).toContain('<p>components</p>');
    expect(html).not.toContain('class="deferred"');
  });

  it('with firstFrame, still waits in a step drawn hidden (it is revealed later, like any other)', () => {
    const html = first(
      <PaneShown value={false}>
        <Deferred minHeight="10rem" firstFrame>
          <p>components</p>
        </Deferred>
      </PaneShown>,
    );
    expect(html).toContain('class="deferred"');
  });
});
