/** Placeholder: EditionPage. */
export function EditionPage() {
  return <main id="main" className="layout" />;
}
