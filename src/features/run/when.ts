/**
 * A moment on the run screen, in the person's time zone, one format everywhere on the screen (the header, the
 * phases and the soak used three). The audit log and the stakeholder update keep ISO / UTC: they leave the app.
 */
export const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(undefined, {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : '';
