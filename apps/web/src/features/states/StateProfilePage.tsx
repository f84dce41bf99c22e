/** Placeholder: StateProfilePage. */
export function StateProfilePage() {
  return <main id="main" className="layout" />;
}
