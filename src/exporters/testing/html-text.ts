/**
 * The text a reader of an HTML document sees, without its SVG, style and preformatted blocks, the
 * entities the exporters write decoded and white space folded: what a test reads a review document as.
 */
export const visibleText = (html: string) =>
  html
    .replace(/<(pre|svg|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
