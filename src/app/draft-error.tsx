import { Link } from '../components/router';
import { draftsPath } from '../components/routes';

/** A draft that cannot be opened says why, and leads back to the list; nothing is changed. */
export function DraftError({ message }: { message: string }) {
  return (
    <main className="page">
      <p className="banner banner-error" role="alert">
        {message}
      </p>
      <Link href={draftsPath()}>Back to all plans</Link>
    </main>
  );
}
