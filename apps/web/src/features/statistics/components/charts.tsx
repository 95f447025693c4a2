import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

/** Colours that keep 3:1 against white and against each other in the order used (one series per hue). */
export const SERIES_COLOURS = ['#0b57a4', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#be123c', '#0e7490'];

export interface ChartSeries {
  key: string;
  label: string;
  /** The figure's table column the series is drawn from (the one after the row's name when left out). */
  column?: number;
}

export interface ChartSpec {
  type: 'bar' | 'stacked' | 'line';
  /** Categories along the side rather than the bottom (long names: categories, calls). */
  horizontal?: boolean;
  series: ChartSeries[];
  /** One point per category: `label` and a number per series key. */
  data: Record<string, string | number | null>[];
  format?: (value: number) => string;
}

const STYLE = { width: '100%', height: 280 };

/**
 * A chart drawn with recharts, loaded in its own chunk (only the statistics page fetches it). A
 * picture only: the figure's table says the same to screen readers and keyboards, so the chart
 * takes no focus and is hidden from assistive technology by its container.
 */
export default function Chart({ spec }: { spec: ChartSpec }) {
  const format = spec.format ?? ((value: number) => String(value));
  const tooltip = <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />;
  const legend = spec.series.length > 1 ? <Legend /> : null;
  if (spec.type === 'line') {
    return (
      <LineChart responsive accessibilityLayer={false} style={STYLE} data={spec.data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={format} width={80} />
        {tooltip}
        {legend}
        {spec.series.map((s, i) => (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        ))}
      </LineChart>
    );
  }
  const height = spec.horizontal ? Math.max(200, spec.data.length * 28 + 60) : STYLE.height;
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      style={{ ...STYLE, height }}
      data={spec.data}
      layout={spec.horizontal ? 'vertical' : 'horizontal'}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      {spec.horizontal ? <XAxis type="number" tickFormatter={format} /> : <XAxis dataKey="label" />}
      {spec.horizontal ? <YAxis type="category" dataKey="label" width={140} /> : <YAxis tickFormatter={format} width={80} />}
      {tooltip}
      {legend}
      {spec.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} stackId={spec.type === 'stacked' ? 'stack' : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
