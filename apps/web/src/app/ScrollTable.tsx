import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens: an optional `<caption>`, one header row of
 * column titles (a visually hidden title for an actions column is a node like any other), then
 * `children`, the body's rows.
 */
export function ScrollTable({ columns, caption, className, children }: { columns: readonly ReactNode[]; caption?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={className}>
        {caption}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
