import type { ReactNode } from 'react';
import './admin.css';

/** An admin screen: its title and intro, a live region announcing what was just done (when given), then the content. */
export function AdminPage({
  title,
  intro,
  announcement,
  className,
  children,
}: {
  title: string;
  intro: string;
  announcement?: string;
  /** Added to the page's classes (a screen that needs more width, say). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className={`layout admin-page${className ? ` ${className}` : ''}`}>
      <header>
        <h1>{title}</h1>
        <p className="hint">{intro}</p>
        {announcement !== undefined ? (
          <p role="status" className="hint announce">
            {announcement}
          </p>
        ) : null}
      </header>
      {children}
    </main>
  );
}
