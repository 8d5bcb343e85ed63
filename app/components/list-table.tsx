// A list shown as a table, one row per item and one column per fact. A stacked table becomes one card per row on a
// phone (.stacked-table in app.css: the first column names the row, every other cell is introduced by its column's
// name); any other table scrolls sideways inside a focusable region.
import type { ReactNode } from "react";

export interface Column<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
}

interface ListTableProps<Row> {
  /** The id of the heading that names the table. */
  labelledBy: string;
  columns: [Column<Row>, ...Column<Row>[]];
  rows: readonly Row[];
  stacked?: boolean;
}

export function ListTable<Row extends { id: number }>({ labelledBy, columns, rows, stacked = false }: ListTableProps<Row>) {
  const [first, ...rest] = columns;
  const table = (
    <table aria-labelledby={stacked ? labelledBy : undefined} className={stacked ? "stacked-table" : undefined}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{first.cell(row)}</td>
            {rest.map((column) => (
              <td key={column.label} data-label={stacked ? column.label : undefined}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return stacked ? (
    <div className="table-scroll">{table}</div>
  ) : (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {table}
    </div>
  );
}
