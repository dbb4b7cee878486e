const SIZES = [10, 25, 50, 100] as const;

export function Pager(props: {
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  total: number;
  onPage: (index: number) => void;
  onSize: (size: number) => void;
}) {
  if (props.total <= SIZES[0]) return null;
  const last = Math.max(0, props.pageCount - 1);
  const page = Math.min(props.pageIndex, last);
  const from = props.total === 0 ? 0 : page * props.pageSize + 1;
  const to = Math.min(props.total, (page + 1) * props.pageSize);
  return (
    <div className="pager" role="group" aria-label="Pages">
      <button type="button" onClick={() => props.onPage(0)} disabled={page === 0} aria-label="First page">
        «
      </button>
      <button
        type="button"
        onClick={() => props.onPage(page - 1)}
        disabled={page === 0}
        aria-label="Previous page"
      >
        ‹
      </button>
      <span aria-live="polite">
        {from}–{to} of {props.total.toLocaleString('en-US')}
      </span>
      <button
        type="button"
        onClick={() => props.onPage(page + 1)}
        disabled={page >= last}
        aria-label="Next page"
      >
        ›
      </button>
      <button type="button" onClick={() => props.onPage(last)} disabled={page >= last} aria-label="Last page">
        »
      </button>
      <label>
        Rows per page{' '}
        <select value={props.pageSize} onChange={(e) => props.onSize(Number(e.target.value))}>
          {SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
