// Charts with Chart.js (WebJar org.webjars.npm:chart.js, loaded as the global `Chart` by index.html).
import { el } from './dom.js';
import { CATEGORY_NAMES } from './events.js';
import { bucketLabel, foldGaps, spellLinks } from './spells.js';

const live = new Set();

/** Destroys the charts of the previous page. */
export function destroyCharts() {
  for (const c of live) c.destroy();
  live.clear();
}

function make(canvas, config) {
  if (typeof window.Chart !== 'function') {
    canvas.replaceWith(el('p', { class: 'error', text: 'Chart.js did not load (/webjars/chart.js/…); the numbers are in the table below.' }));
    return null;
  }
  const chart = new window.Chart(canvas, config);
  live.add(chart);
  return chart;
}

/** A chart box: a fixed-height container around a canvas (Chart.js needs a sized parent to be responsive). */
export function chartBox(id, label) {
  const canvas = el('canvas', { id, role: 'img', 'aria-label': label });
  return { box: el('div', { class: 'chart-box' }, canvas), canvas };
}

/**
 * A bar fill with white diagonal stripes over `color`: the bars of buckets whose events are mostly dated only by the
 * date given for their corpus (bucket.given), so that a corpus's middle day does not read as a month of news.
 */
function hatched(color) {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  g.fillStyle = color;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(0, 8); g.lineTo(8, 0);
  g.moveTo(-2, 2); g.lineTo(2, -2);
  g.moveTo(6, 10); g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(tile, 'repeat');
}

const mostlyGiven = b => (b.given || 0) * 2 > (b.events || 0);

/**
 * The legend at the bottom; a dataset's `legendColor` (its plain colour) is its swatch, so that hatched bars do not
 * make the whole series look dated by its corpus.
 */
const LEGEND = {
  position: 'bottom',
  labels: {
    generateLabels: chart => window.Chart.defaults.plugins.legend.labels.generateLabels(chart).map(item => {
      const color = chart.data.datasets[item.datasetIndex].legendColor;
      return color ? { ...item, fillStyle: color } : item;
    }),
  },
};

/** One fill per bucket: hatched where most of its events are dated only by their corpus's given date. */
function fills(buckets, color) {
  const stripes = buckets.some(mostlyGiven) ? hatched(color) : null;
  return buckets.map(b => (stripes && mostlyGiven(b) ? stripes : color));
}

/**
 * What the hatched bars are, under a chart: the events dated only by the date given for their corpus, and the
 * buckets they sit in; null when there are none.
 */
function givenNote(buckets, interval) {
  const marked = buckets.filter(b => b.given);
  if (marked.length === 0) return null;
  const total = marked.reduce((n, b) => n + b.given, 0);
  const where = marked.slice(0, 4).map(b => `${b.start} (${b.given} of ${b.events})`).join(', ')
    + (marked.length > 4 ? ', …' : '');
  return el('p', { class: 'given-note' }, el('strong', { text: `${total} event${total === 1 ? ' is' : 's are'} ` +
    'dated only by the period given for their corpus' }),
  ` (an undated corpus read with --period or --date): each sits on that period's middle day, not on the day it ` +
    `happened, so their ${interval}s are not ${interval}s of news. Bars drawn hatched where they are most of the ` +
    `events: ${where}.`);
}

/**
 * What to read under a chart of these buckets: the spells of news a year or more apart (links to each, through
 * hrefFor({from, to})), and the events dated only by their corpus's given period. Nulls when there is nothing to say.
 */
export function timeNotes(buckets, interval, hrefFor) {
  return [spellLinks(buckets, interval, hrefFor), givenNote(buckets, interval)];
}

/** The radius of a smoothed point: it grows with the events it rests on (1 event: 2.5 px, 100 or more: 8 px). */
function basisRadius(basis) {
  return basis ? 2 + Math.min(6, Math.sqrt(basis) * 0.6) : 0;
}

/**
 * Tension (line, left axis 0..1) and events per bucket (bars, right axis) of a /api/series answer. A bucket with no
 * events has no tension of its own, and a window with none no smoothed tension: both are gaps in the line, not the
 * prior's 0.5, which would read as "mixed". The smoothed points grow with the events behind them.
 */
export function tensionChart(canvas, series) {
  const buckets = foldGaps(series.buckets, series.interval);
  const labels = buckets.map(bucketLabel);
  return make(canvas, {
    data: {
      labels,
      datasets: [
        {
          type: 'line', label: 'Tension (smoothed; point size = events behind it)', yAxisID: 'y',
          data: buckets.map(b => (b.basis ? b.tension : null)),
          borderColor: 'rgb(200, 40, 40)', backgroundColor: 'rgba(200, 40, 40, 0.15)', fill: false,
          cubicInterpolationMode: 'monotone', spanGaps: false,
          pointRadius: buckets.map(b => basisRadius(b.basis)), order: 1,
        },
        {
          type: 'line', label: 'Tension (this bucket only)', yAxisID: 'y',
          data: buckets.map(b => (b.events ? b.tension_raw : null)),
          borderColor: 'rgba(200, 40, 40, 0.45)', borderDash: [4, 4], pointRadius: 0, fill: false, order: 2,
          spanGaps: false, hidden: buckets.length > 60,
        },
        {
          type: 'bar', label: 'Conflict events', yAxisID: 'y2', data: buckets.map(b => b.conflict),
          backgroundColor: fills(buckets, 'rgba(220, 120, 60, 0.55)'), legendColor: 'rgba(220, 120, 60, 0.55)',
          stack: 'n', order: 3, maxBarThickness: 48,
        },
        {
          type: 'bar', label: 'Cooperation events', yAxisID: 'y2',
          data: buckets.map(b => (b.q1 || 0) + (b.q2 || 0)),
          backgroundColor: fills(buckets, 'rgba(60, 140, 110, 0.45)'), legendColor: 'rgba(60, 140, 110, 0.45)',
          stack: 'n', order: 4, maxBarThickness: 48,
        },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { min: 0, max: 1, position: 'left', title: { display: true, text: 'tension (0 cooperative … 1 hostile)' } },
        y2: { beginAtZero: true, position: 'right', stacked: true, grid: { drawOnChartArea: false },
          title: { display: true, text: 'events' }, ticks: { precision: 0 } },
        // offset: half a bucket of room at each end, so that the first and last bars are drawn whole
        x: { stacked: true, offset: true, title: { display: true, text: series.interval + ' starting' } },
      },
      plugins: {
        legend: LEGEND,
        tooltip: {
          callbacks: {
            afterBody: items => {
              const b = buckets[items[0].dataIndex];
              if (!b) return [];
              if (b.gap) return [gapText(b, series.interval)];
              return [`events this ${series.interval}: ${b.events}` +
                (b.given ? ` (${b.given} dated only by their corpus's given period)` : ''),
                `smoothed over ${series.window} ${series.interval}s: ${b.basis} event(s)` +
                  (b.basis ? '' : ' (no tension: nothing to measure)'),
                `mean Goldstein: ${b.mean_goldstein ?? '–'}`];
            },
          },
        },
      },
    },
  });
}

const CATEGORY_COLORS = ['#c0392b', '#8e44ad', '#e67e22', '#2c3e50', '#16a085', '#2980b9', '#7f8c8d', '#d4ac0d'];

/** What a folded gap of a chart's axis stands for, in its tooltip. */
function gapText(b, interval) {
  return `no events from ${b.gap.from} to ${b.gap.to}: ${b.gap.buckets} empty ${interval}s folded into this one`;
}

/** Stacked bars of events per threat category per bucket (/api/categories/series). */
export function categoriesChart(canvas, series, categories, options = {}) {
  const keys = series.categories || Object.keys(CATEGORY_NAMES);
  const name = k => ((categories || []).find(c => c.key === k) || {}).name || CATEGORY_NAMES[k] || k;
  const buckets = foldGaps(series.buckets, series.interval);
  const datasets = keys.map((k, i) => ({
    label: name(k), data: buckets.map(b => (b.counts || {})[k] || 0),
    backgroundColor: fills(buckets, CATEGORY_COLORS[i % CATEGORY_COLORS.length]),
    legendColor: CATEGORY_COLORS[i % CATEGORY_COLORS.length], stack: 'c',
  }));
  // options.total: all events as a line, so events in no category are seen too
  if (options.total) {
    datasets.unshift({ type: 'line', label: 'all events', data: buckets.map(b => (b.gap ? null : b.events)),
      borderColor: '#333', backgroundColor: '#333', pointRadius: 2, stack: 'total' });
  }
  return make(canvas, {
    type: 'bar',
    data: { labels: buckets.map(bucketLabel), datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, title: { display: true, text: series.interval + ' starting' } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'events' } },
      },
      plugins: {
        legend: LEGEND,
        tooltip: { callbacks: { afterBody: items => {
          const b = buckets[items[0].dataIndex];
          if (b && b.gap) return [gapText(b, series.interval)];
          return b && b.given ? [`${b.given} of ${b.events} dated only by their corpus's given period`] : [];
        } } },
      },
    },
  });
}
