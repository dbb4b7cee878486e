/**
 * A sentence saying how something went, or nothing. An error is announced at once (alert), anything
 * else politely (status); a banner stands out from the text around it.
 */
export function Notice(props: {
  text: string | null | undefined;
  tone?: 'error' | 'info' | 'warning';
  banner?: boolean;
  id?: string;
}) {
  const { text, tone = 'error', banner = false } = props;
  if (!text) return null;
  const className = banner ? `banner banner-${tone}` : tone === 'error' ? 'field-error' : 'field-help';
  return (
    <p id={props.id} className={className} role={tone === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
