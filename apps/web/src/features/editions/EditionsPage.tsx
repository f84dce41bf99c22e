/** Placeholder: EditionsPage. */
export function EditionsPage() {
  return <main id="main" className="layout" />;
}
