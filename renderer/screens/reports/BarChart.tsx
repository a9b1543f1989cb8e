import type { Language } from '../../../main/contract/money';
import type { FigureRowView } from '../../../main/contract/reports';
import { formatFigure } from './format';

/** A horizontal bar chart in plain SVG: one bar per breakdown, the value printed after it. */
export function BarChart({ title, rows, lang }: { title: string; rows: FigureRowView[]; lang: Language }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 26;
  const height = rows.length * rowHeight + 8;
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 320 ${height}`} width="100%" role="img" aria-label={title}>
        {rows.map((row, i) => {
          const width = Math.max(1, (row.value / max) * 120);
          const y = i * rowHeight + 4;
          return (
            <g key={row.breakdown}>
              <text x="0" y={y + 15} fontSize="13">
                {row.label.length > 16 ? `${row.label.slice(0, 15)}…` : row.label}
              </text>
              <rect x="120" y={y} width={width} height="18" rx="3" className="report-bar" />
              <text x={126 + width} y={y + 15} fontSize="13">
                {formatFigure(row, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
