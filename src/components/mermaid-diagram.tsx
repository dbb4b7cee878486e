import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { downloadText } from './download';
import { whenIdle } from './idle';
import { renderMermaidSvg } from './mermaid-render';

function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(box?.[1] ?? 800);
  const height = Number(box?.[2] ?? 600);
  return {
    width: Number.isFinite(width) && width > 0 ? width : 800,
    height: Number.isFinite(height) && height > 0 ? height : 600,
  };
}

/**
 * Mermaid's SVG is HTML-flavoured (HTML labels hold `<br>`): fine inline in a page, but an SVG file
 * or an <img> needs well-formed XML, so it is parsed as HTML and serialised as XML.
 */
export function svgAsXml(svg: string, size?: { width: number; height: number }): string {
  const element = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg');
  if (!element) return svg;
  if (size) {
    element.setAttribute('width', String(size.width));
    element.setAttribute('height', String(size.height));
    element.style.removeProperty('max-width');
  }
  return new XMLSerializer().serializeToString(element);
}

/** Draws the SVG into a canvas at twice its size on white; all local, nothing is fetched. */
async function svgToPng(svg: string): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const sized = svgAsXml(svg, { width, height });
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw into a canvas.');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

type State = { source: string; svg: string | null; error: string | null };

/**
 * True once the element comes near the viewport, or once the browser is idle: diagrams on screen are
 * drawn first, the rest when nothing else is going on (exports and printing want them all). Both
 * signals arrive after the frame that showed the step, so a drawing, even one cached from an earlier
 * visit, never holds up showing the step.
 */
function useWanted(ref: RefObject<HTMLElement | null>): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (wanted || !element) return;
    const want = () => setWanted(true);
    const cancelIdle = whenIdle(want, 3000);
    if (typeof IntersectionObserver === 'undefined') return cancelIdle;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
      rootMargin: '400px 0px',
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [ref, wanted]);
  return wanted;
}

export function MermaidDiagram(props: { source: string; title: string; fileBase: string; hold?: boolean }) {
  const { source, title, fileBase } = props;
  const [state, setState] = useState<State>({ source: '', svg: null, error: null });
  const [pngError, setPngError] = useState<string | null>(null);
  const figure = useRef<HTMLElement>(null);
  const wanted = useWanted(figure);

  useEffect(() => {
    if (!wanted || props.hold) return;
    let live = true;
    renderMermaidSvg(source).then(
      (svg) => live && setState({ source, svg, error: null }),
      (err: unknown) =>
        live && setState({ source, svg: null, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [source, wanted, props.hold]);

  const current = state.source === source ? state : { source, svg: null, error: null };
  const png = () => {
    if (!current.svg) return;
    svgToPng(current.svg).then(
      (blob) => downloadText(`${fileBase}.png`, blob),
      (err: unknown) => setPngError(err instanceof Error ? err.message : String(err)),
    );
  };

  return (
    <figure className="mermaid-diagram" aria-label={title} ref={figure}>
      {current.error ? (
        <div className="banner banner-error" role="alert">
          <p>
            <strong>{title} could not be drawn.</strong> {current.error}
          </p>
          <details>
            <summary>Diagram source</summary>
            <pre>{source}</pre>
          </details>
        </div>
      ) : current.svg ? (
        <div
          className="mermaid-svg"
          role="img"
          aria-label={title}
          // A wide diagram scrolls sideways: it must take focus so the keyboard can scroll it too.
          tabIndex={0}
          style={minWidthStyle(current.svg)}
          dangerouslySetInnerHTML={{ __html: current.svg }}
        />
      ) : (
        <p className="muted" role="status">
          Drawing {title.toLowerCase()}…
        </p>
      )}
      <figcaption className="row diagram-actions">
        <button
          type="button"
          disabled={!current.svg}
          onClick={() =>
            current.svg && downloadText(`${fileBase}.svg`, svgAsXml(current.svg), 'image/svg+xml')
          }
        >
          Download {title} as SVG
        </button>
        <button type="button" disabled={!current.svg} onClick={png}>
          Download {title} as PNG
        </button>
        {pngError ? (
          <span className="field-error" role="alert">
            {pngError}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

/**
 * Mermaid scales a flowchart down to its column. On a phone that left the dependency graph's labels about
 * 5 px high; below this share of its drawn width it scrolls sideways instead (the box takes focus for that).
 */
const MIN_SCALE = 0.6;

function minWidthStyle(svg: string): CSSProperties {
  return { ['--diagram-min-width' as string]: `${Math.round(svgSize(svg).width * MIN_SCALE)}px` };
}
