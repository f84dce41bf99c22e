/** Placeholder: ItemPage. */
export function ItemPage() {
  return <main id="main" className="layout" />;
}
